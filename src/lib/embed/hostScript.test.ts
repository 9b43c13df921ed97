import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostScript } from './hostScript.ts';

const source = hostScript();

test('the host script is valid JavaScript', () => {
  assert.doesNotThrow(() => new Function(source));
});

test('the host script names the message type, the iframe attribute and the fallback attribute the embeds use', () => {
  // Written out here, not imported: a rename in snippet.ts must show up as a failing test and a README change.
  assert.match(source, /var TYPE = "kpn-huawei-factcheck:embed-height";/);
  assert.match(source, /var ATTR = "data-kpn-huawei-embed";/);
  assert.match(source, /var FALLBACK = "data-kpn-huawei-embed-fallback";/);
});

test('the host script stays under 1.5 KB gzip', async () => {
  const { gzipSync } = await import('node:zlib');
  assert.ok(gzipSync(source).length <= 1536, `${gzipSync(source).length} bytes`);
});
