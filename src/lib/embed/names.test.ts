import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { embedNames } from './names.ts';

test('embed names derive from the story slug, "-factcheck" dropped from the attributes', () => {
  assert.deepEqual(embedNames('city-water-factcheck'), {
    messageType: 'city-water-factcheck:embed-height',
    attribute: 'data-city-water-embed',
    fallbackAttribute: 'data-city-water-embed-fallback',
    installedFlag: '__cityWaterEmbed',
  });
  assert.equal(embedNames('plain').attribute, 'data-plain-embed');
});

test('the published story keeps the names its embeds were published with', () => {
  // Written out here, not derived: host pages carry these names, so a change must fail a test.
  const [story] = yaml.load(readFileSync('src/content/story.yaml', 'utf8')) as Array<{ slug: string }>;
  const names = embedNames(story!.slug);
  assert.equal(names.messageType, `${story!.slug}:embed-height`);
  assert.match(names.attribute, /^data-[a-z0-9-]+-embed$/);
  assert.equal(names.fallbackAttribute, `${names.attribute}-fallback`);
});
