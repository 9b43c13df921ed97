/**
 * pageWeight on a hand-made page whose parts are known: the sizes must be those zlib gives for each
 * part (computed here directly), whether or not they are read, in any order, however often.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { pageWeight, sizes } from './pageWeight.ts';

const brotli = (text: string) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

const INLINE = 'main{max-width:40rem}'.repeat(20);
const LINKED = '.verdict{font-weight:700}'.repeat(30);
const SCRIPT = 'console.log("counted");'.repeat(10);
const page = (extra = '') =>
  `<!doctype html><html><head><style>${INLINE}</style><link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg">` +
  `<script type="application/ld+json">{"not":"a script"}</script><script type="module" src="/_astro/page.js"></script></head>` +
  `<body><main><img src="/a.png" alt=""><img src="/b.png" loading="lazy" alt="">${extra}</main></body></html>`;

function site(t: { after: (fn: () => void) => void }): string {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  t.after(() => rmSync(dist, { recursive: true, force: true }));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'claims/a'), { recursive: true });
  mkdirSync(join(dist, 'claims/b'), { recursive: true });
  writeFileSync(join(dist, '_astro/site.css'), LINKED);
  writeFileSync(join(dist, '_astro/page.js'), SCRIPT);
  writeFileSync(join(dist, 'claims/a/index.html'), page());
  writeFileSync(join(dist, 'claims/b/index.html'), page('<p>Another page.</p>'));
  return dist;
}

test('sizes are what zlib gives, read in any order and again', () => {
  const text = 'The sources say the vendor could eavesdrop. '.repeat(40);
  const measured = sizes(text);
  assert.equal(measured.brotli, brotli(text));
  assert.equal(measured.gzip, gzip(text));
  assert.equal(measured.brotli, brotli(text));
  assert.deepEqual({ ...sizes(Buffer.from(text)) }, { raw: Buffer.byteLength(text), gzip: gzip(text), brotli: brotli(text) });
});

test('a page weighs its HTML, its inline and linked CSS, its scripts (not data blocks), and its requests', (t) => {
  const dist = site(t);
  const weight = pageWeight(dist, 'claims/a/');
  assert.deepEqual({ ...weight.html }, { raw: Buffer.byteLength(page()), gzip: gzip(page()), brotli: brotli(page()) });
  assert.deepEqual({ ...weight.linkedCss }, { raw: LINKED.length, gzip: gzip(LINKED), brotli: brotli(LINKED) });
  assert.deepEqual({ ...weight.css }, { raw: INLINE.length + LINKED.length, gzip: gzip(INLINE) + gzip(LINKED), brotli: brotli(INLINE) + brotli(LINKED) });
  assert.deepEqual({ ...weight.js }, { raw: SCRIPT.length, gzip: gzip(SCRIPT), brotli: brotli(SCRIPT) });
  // The HTML, the stylesheet, the script, the icon and the eager image; the lazy image waits.
  assert.equal(weight.requests, 5);
  // A second page sharing the stylesheet and the script reports the same sizes for them.
  const other = pageWeight(dist, 'claims/b/');
  assert.deepEqual({ ...other.linkedCss }, { ...weight.linkedCss });
  assert.deepEqual({ ...other.js }, { ...weight.js });
  assert.notEqual(other.html.raw, weight.html.raw);
});

test('a stylesheet rewritten in place is measured again, not taken from before', (t) => {
  const dist = site(t);
  assert.equal(pageWeight(dist, 'claims/a/').linkedCss.brotli, brotli(LINKED));
  const longer = `${LINKED}/* a comment that was not there */`;
  writeFileSync(join(dist, '_astro/site.css'), longer);
  assert.equal(pageWeight(dist, 'claims/a/').linkedCss.raw, longer.length);
  assert.equal(pageWeight(dist, 'claims/a/').linkedCss.brotli, brotli(longer));
});
