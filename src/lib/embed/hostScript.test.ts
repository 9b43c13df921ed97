import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostScript } from './hostScript.ts';
import { embedNames } from './names.ts';

const source = hostScript(embedNames('example-story-factcheck'), 'Example fact-check');

test('the host script is valid JavaScript', () => {
  assert.doesNotThrow(() => new Function(source));
});

test('the host script names the message type, the iframe attribute and the fallback attribute the embeds use', () => {
  // Written out here, not imported: a rename in names.ts must show up as a failing test and a README change.
  assert.match(source, /var TYPE = "example-story-factcheck:embed-height";/);
  assert.match(source, /var ATTR = "data-example-story-embed";/);
  assert.match(source, /var FALLBACK = "data-example-story-embed-fallback";/);
  assert.match(source, /window\.__exampleStoryEmbed = true;/);
  assert.match(source, /^\/\* Example fact-check: /);
});

test('the host script stays under 1.5 KB gzip', async () => {
  const { gzipSync } = await import('node:zlib');
  assert.ok(gzipSync(source).length <= 1536, `${gzipSync(source).length} bytes`);
});
