import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import type { StoryData } from '../../src/schemas/story';

/** The story's configuration (story.yaml of the content folder the site was built from), as the specs compare against it. */
export function story(): StoryData {
  const dir = process.env.CONTENT_DIR ?? 'src/content';
  const [entry] = yaml.load(readFileSync(resolve(dir, 'story.yaml'), 'utf8')) as Array<Partial<StoryData> & { id: string }>;
  return { ownership: null, funding: null, example: false, ...entry } as StoryData;
}
