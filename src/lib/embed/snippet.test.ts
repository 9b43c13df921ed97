import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedNames } from './names.ts';
import {
  PREVIEW_SANDBOX_TOKENS,
  SANDBOX_TOKENS,
  clearOfWordPressAspectRatios,
  embedSnippet,
  escapeAttribute,
  estimateClaimCardHeight,
  wordPressAspectClass,
} from './snippet.ts';

const snippet = embedSnippet({
  src: 'https://example.org/embed/claims/x/',
  pageUrl: 'https://example.org/claims/x/',
  scriptSrc: 'https://example.org/embed.js',
  title: 'Fact-check: "Vendor" & <Operator>',
  height: 512.4,
  id: 'claim:x',
  names: embedNames('example-factcheck'),
});
const iframe = /<iframe [^>]*><\/iframe>/.exec(snippet)![0];

test('the snippet is a link-only fallback, then the iframe, then the host script', () => {
  const lines = snippet.split('\n');
  assert.equal(lines.length, 3);
  assert.equal(lines[0], '<blockquote data-example-embed-fallback="claim:x"><a href="https://example.org/claims/x/">Fact-check: &quot;Vendor&quot; &amp; &lt;Operator&gt;</a></blockquote>');
  assert.equal(lines[1], iframe);
  assert.equal(lines[2], '<script src="https://example.org/embed.js" async></script>');
});

test('the iframe carries title, pixel width and height, no border, lazy loading, the sandbox, the referrer policy and the embed id', () => {
  assert.match(iframe, /title="Fact-check: &quot;Vendor&quot; &amp; &lt;Operator&gt;"/);
  assert.match(iframe, / width="600" height="512" frameborder="0" /);
  assert.match(iframe, /loading="lazy"/);
  assert.match(iframe, new RegExp(`sandbox="${SANDBOX_TOKENS.join(' ')}"`));
  assert.match(iframe, /referrerpolicy="strict-origin-when-cross-origin"/);
  assert.match(iframe, /data-example-embed="claim:x"/);
  assert.doesNotMatch(snippet, /="\d*%"/, 'HTML width and height take pixels only');
});

test('the attributes WordPress keeps come first, so its sanitiser leaves a working frame', () => {
  // wp_filter_oembed_result keeps src, width, height, frameborder, marginwidth, marginheight, scrolling, title.
  assert.match(iframe, /^<iframe src="[^"]+" title="[^"]+" width="600" height="512" frameborder="0" /);
});

test('the sandbox grants exactly scripts, own origin and top navigation on a click, nothing else', () => {
  const tokens = /sandbox="([^"]*)"/.exec(snippet)![1]!.split(' ').sort();
  assert.deepEqual(tokens, ['allow-same-origin', 'allow-scripts', 'allow-top-navigation-by-user-activation']);
});

test('the same-origin preview never combines scripts with its own origin', () => {
  assert.ok(PREVIEW_SANDBOX_TOKENS.includes('allow-scripts'));
  assert.ok(!(PREVIEW_SANDBOX_TOKENS as readonly string[]).includes('allow-same-origin'));
});

test('attribute values are escaped', () => {
  assert.equal(escapeAttribute('a"b<c>&'), 'a&quot;b&lt;c&gt;&amp;');
});

test('a longer claim gets a taller card', () => {
  const short = estimateClaimCardHeight({ claim: 'x'.repeat(40), verdict: 'y'.repeat(60), summaries: ['k', 'h'] });
  const long = estimateClaimCardHeight({ claim: 'x'.repeat(200), verdict: 'y'.repeat(200), summaries: ['k'.repeat(200), 'h'] });
  assert.ok(long > short);
  assert.equal(short % 10, 0);
});

test('the card grows with the respondents: a fourth starts a second row of summaries', () => {
  const card = (summaries: string[]) => estimateClaimCardHeight({ claim: 'x'.repeat(80), verdict: 'y'.repeat(100), summaries });
  const summary = 's'.repeat(60);
  assert.ok(card([summary, summary, summary]) > card([summary, summary]), 'three narrower columns wrap more');
  assert.ok(card([summary, summary, summary, summary]) > card([summary, summary, summary]), 'a second row');
  // Two respondents: the longer summary sets the height, whichever column it is in.
  assert.equal(card([summary, 's']), card(['s', summary]));
});

test('a fictional example\'s card makes room for its label', () => {
  const texts = { claim: 'x'.repeat(80), verdict: 'y'.repeat(100), summaries: ['a', 'b'] };
  assert.ok(estimateClaimCardHeight({ ...texts, isExample: true }) > estimateClaimCardHeight(texts));
});

test('WordPress gives near-video shapes a fixed aspect ratio, and leaves other shapes alone', () => {
  // width / height, rounded to 2 decimals, within 0.1 above one of 2.33, 2.00, 1.78, 1.33, 1.00, 0.56, 0.50.
  const cases: Array<[number, number, string | null]> = [
    [600, 338, 'wp-embed-aspect-16-9'], // 1.78, WordPress's own post embeds
    [600, 600, 'wp-embed-aspect-1-1'], // 1.00
    [600, 560, 'wp-embed-aspect-1-1'], // 1.07
    [600, 540, null], // 1.11
    [600, 710, null], // 0.85
    [600, 900, null], // 0.67: 0.11 above 0.56
    [600, 1000, 'wp-embed-aspect-9-16'], // 0.60
    [600, 1100, 'wp-embed-aspect-1-2'], // 0.55
    [600, 1300, null], // 0.46: narrower than any ratio
  ];
  for (const [width, height, expected] of cases) assert.equal(wordPressAspectClass(width, height), expected, `${width}×${height}`);
});

test('fixed heights step out of WordPress’s aspect ratios, upwards', () => {
  assert.equal(clearOfWordPressAspectRatios(600, 710), 710);
  assert.equal(clearOfWordPressAspectRatios(600, 560), 610); // 1.07 … 1.00 are square; 0.98 is free
  assert.equal(clearOfWordPressAspectRatios(600, 1000), 1220); // 0.60 … 0.50 are 9:16 or 1:2; 0.49 is free
  for (const height of [320, 430, 560, 600, 910, 1000, 1150]) {
    const clear = clearOfWordPressAspectRatios(600, height);
    assert.ok(clear >= height);
    assert.equal(wordPressAspectClass(600, clear), null, `${height} → ${clear}`);
  }
});
