import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from '@playwright/test';
import type { StoryData } from '../../src/schemas/story';
import { expect } from './fixtures';
import { barePath } from './pages';

/** The story's configuration (story.yaml of the content folder the site was built from), as the specs compare against it. */
export function story(): StoryData {
  const dir = process.env.CONTENT_DIR ?? 'src/content';
  const [entry] = yaml.load(readFileSync(resolve(dir, 'story.yaml'), 'utf8')) as Array<Partial<StoryData> & { id: string }>;
  return { ownership: null, funding: null, example: false, ...entry } as StoryData;
}

/** The label kit-core's layouts render on every page of an example story. */
export const EXAMPLE_LABEL = '.example-label';

/**
 * A step of the page walk (everyPage.spec.ts), for whichever story the run tests (issue 12): a
 * fictional example says so on every page, above everything else a reader sees, and asks not to be
 * indexed; the published story carries no example label on any page, and every page but the review
 * proofs and the 404 page (kept out on purpose) is open to search engines.
 */
export async function checkStoryLabel(page: Page, path: string, example: boolean): Promise<void> {
  const found = await page.evaluate((selector) => {
    const labels = [...document.querySelectorAll(selector)];
    const label = labels[0];
    const box = label?.getBoundingClientRect();
    const heading = document.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
    const headingBox = heading && heading.checkVisibility() ? heading.getBoundingClientRect() : null;
    return {
      labels: labels.length,
      visible: !!label && label.checkVisibility({ visibilityProperty: true }) && box!.width > 0 && box!.height > 0,
      text: label?.textContent ?? '',
      labelTop: box?.y ?? null,
      headingTop: headingBox && headingBox.height > 0 ? headingBox.y : null,
      robots: document.querySelector('meta[name="robots"]')?.getAttribute('content') ?? null,
    };
  }, EXAMPLE_LABEL);
  if (example) {
    expect(found.labels, `${path}: one example label`).toBe(1);
    expect(found.visible, `${path}: the example label is visible`).toBe(true);
    expect(found.text, `${path}: the example label`).toMatch(/fictional/i);
    // Above everything else a reader sees: the label comes before the page's first heading.
    if (found.headingTop !== null) expect(found.labelTop!, `${path}: the label's top, against the first heading's`).toBeLessThanOrEqual(found.headingTop);
    expect(found.robots, `${path}: robots`).toMatch(/noindex/);
  } else {
    expect(found.labels, `${path}: example labels`).toBe(0);
    const keptOut = /^\/(review\/|404)/.test(barePath(path));
    if (!keptOut) expect(found.robots ?? '', `${path}: robots`).not.toMatch(/noindex/);
  }
}
