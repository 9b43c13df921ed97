/**
 * Byte budgets, asserted on the built site (dist/, from `npm run build`): bytes are deterministic,
 * unlike timings, which `npm run bench` prints without failing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from './lib/budgets.ts';
import { pageWeight, sizes, type PageWeight } from './lib/pageWeight.ts';
import { TEST_DIST } from './lib/testBuilds.ts';
import { LOCALES, localePrefix } from '../src/lib/paths.ts';

// The tests' build (npm test makes it in dist-test/); TEST_DIST=dist checks a production build.
const DIST = TEST_DIST;

// Every edition's claim pages: the English at the root, the Dutch under nl/ (where the build has one).
const editions = LOCALES.map(localePrefix).filter((folder) => existsSync(join(DIST, folder, 'claims')));
const claimPages = editions.flatMap((folder) => readdirSync(join(DIST, folder, 'claims')).map((slug) => `${folder}claims/${slug}/`));

/** Each page weighed once, whichever of its tests asks first: its compressed sizes are computed on first read and kept. */
const weights = new Map<string, PageWeight>();
const weightOf = (path: string) => weights.get(path) ?? weights.set(path, pageWeight(DIST, path)).get(path)!;

test('the site is built', () => {
  assert.ok(claimPages.length > 0, 'build the site first');
});

for (const path of claimPages) {
  test(`${path}: HTML and CSS within ${BUDGETS.claimHtmlCssBrotli} bytes brotli, and no JavaScript`, () => {
    const weight = weightOf(path);
    // Inline CSS travels inside the HTML; only linked stylesheets add bytes of their own.
    const total = weight.html.brotli + weight.linkedCss.brotli;
    assert.ok(total <= BUDGETS.claimHtmlCssBrotli, `${total} bytes brotli`);
    assert.equal(weight.js.raw, BUDGETS.claimJs, 'a claim page ships JavaScript');
  });

  test(`${path}: the first screen (head, claim, rating, verdict, stances) within ${BUDGETS.claimFirstScreenBrotli} bytes brotli`, () => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    // The evidence starts after the finding block; everything before it is what a phone draws first.
    const end = html.indexOf('<div class="body"');
    assert.ok(end > 0 && html.slice(0, end).includes('class="verdict"'), 'the finding block (with the verdict) comes before the evidence');
    const firstScreen = sizes(html.slice(0, end)).brotli;
    assert.ok(firstScreen <= BUDGETS.claimFirstScreenBrotli, `${firstScreen} bytes brotli before the evidence`);
  });
}

for (const folder of editions) {
  // Each edition's own cap: the Dutch words are longer than the English.
  const budget = folder === 'nl/' ? BUDGETS.timelineNlHtmlCssBrotli : BUDGETS.timelineHtmlCssBrotli;
  test(`${folder}timeline/: HTML and inline CSS within ${budget} bytes brotli`, () => {
    const weight = weightOf(`${folder}timeline/`);
    // Its CSS is inline, so inside these bytes; a stylesheet of its own would have to be added here.
    assert.doesNotMatch(readFileSync(join(DIST, folder, 'timeline/index.html'), 'utf8'), /<link[^>]+rel="stylesheet"/);
    assert.ok(weight.html.brotli <= budget, `${weight.html.brotli} bytes brotli`);
  });

  test(`${folder}timeline/ ships at most ${BUDGETS.timelineJsGzip} bytes of JavaScript gzip`, () => {
    const { gzip } = weightOf(`${folder}timeline/`).js;
    assert.ok(gzip <= BUDGETS.timelineJsGzip, `${gzip} bytes gzip`);
  });
}

test(`embed.js is at most ${BUDGETS.embedScriptGzip} bytes gzip`, () => {
  const gzip = sizes(readFileSync(join(DIST, 'embed.js'))).gzip;
  assert.ok(gzip <= BUDGETS.embedScriptGzip, `${gzip} bytes gzip`);
});

/** Every share card of the build, per edition: one per claim, the home page's and the timeline's (og/site.png is hand-made). */
function shareCards(): string[] {
  return editions.flatMap((folder) => {
    const claims = readdirSync(join(DIST, folder, 'og', 'claims')).map((file) => `${folder}og/claims/${file}`);
    return [...claims, `${folder}og/home.png`, `${folder}og/timeline.png`];
  });
}

test(`every share card is at most ${BUDGETS.shareCardBytes} bytes`, () => {
  const cards = shareCards();
  assert.equal(cards.length, claimPages.length + 2 * editions.length, 'per edition, one card per claim, plus the home page and the timeline');
  const over = cards.map((card) => ({ card, bytes: statSync(join(DIST, card)).size })).filter(({ bytes }) => bytes > BUDGETS.shareCardBytes);
  assert.deepEqual(over, [], `over ${BUDGETS.shareCardBytes} bytes`);
});
