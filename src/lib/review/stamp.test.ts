import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cssString, proofStamp, stampCss } from './stamp.ts';

test('the stamp names PROOF, the short revision, its day, uncommitted changes and the signed revision', () => {
  const commit = '0123456789abcdef0123456789abcdef01234567';
  assert.equal(proofStamp({ label: 'PROOF', commit, date: '2026-12-01T10:00:00Z', dirty: false }), 'PROOF · rev. 0123456789 · 2026-12-01');
  assert.equal(proofStamp({ label: 'PROOF', commit, date: '2026-12-01T10:00:00Z', dirty: true, since: 'fedcba98765432' }), 'PROOF · rev. 0123456789+ · 2026-12-01 · changes since fedcba9876');
});

test('the stamp stylesheet puts the stamp before "page N of M" at the foot of every page', () => {
  assert.equal(cssString('a "b" \\ c'), '"a \\"b\\" \\\\ c"');
  const css = stampCss('PROOF · x', { page: 'page', of: 'of' });
  assert.equal(css.split('@page').length - 1, 1);
  assert.match(css, /^@page \{ @bottom-center \{ content: "PROOF · x · page " counter\(page\) " of " counter\(pages\);/);
});
