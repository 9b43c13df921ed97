import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMBED_ATTRIBUTE, SANDBOX_TOKENS, embedSnippet, escapeAttribute, estimateClaimCardHeight } from './snippet.ts';

const snippet = embedSnippet({
  src: 'https://example.org/embed/claims/x/',
  scriptSrc: 'https://example.org/embed.js',
  title: 'Fact-check: "Huawei" & <KPN>',
  height: 512.4,
  id: 'claim:x',
});

test('the snippet carries title, lazy loading, the sandbox, the referrer policy and the embed id', () => {
  assert.match(snippet, /^<iframe /);
  assert.match(snippet, /title="Fact-check: &quot;Huawei&quot; &amp; &lt;KPN&gt;"/);
  assert.match(snippet, /loading="lazy"/);
  assert.match(snippet, new RegExp(`sandbox="${SANDBOX_TOKENS.join(' ')}"`));
  assert.match(snippet, /referrerpolicy="strict-origin-when-cross-origin"/);
  assert.match(snippet, new RegExp(`${EMBED_ATTRIBUTE}="claim:x"`));
  assert.match(snippet, /height="512"/);
  assert.match(snippet, /<script src="https:\/\/example.org\/embed.js" async><\/script>$/);
});

test('the sandbox grants exactly scripts, own origin and top navigation on a click, nothing else', () => {
  const tokens = /sandbox="([^"]*)"/.exec(snippet)![1]!.split(' ').sort();
  assert.deepEqual(tokens, ['allow-same-origin', 'allow-scripts', 'allow-top-navigation-by-user-activation']);
});

test('attribute values are escaped', () => {
  assert.equal(escapeAttribute('a"b<c>&'), 'a&quot;b&lt;c&gt;&amp;');
});

test('a longer claim gets a taller card', () => {
  const short = estimateClaimCardHeight({ claim: 'x'.repeat(40), verdict: 'y'.repeat(60), kpnSummary: 'k', huaweiSummary: 'h' });
  const long = estimateClaimCardHeight({ claim: 'x'.repeat(200), verdict: 'y'.repeat(200), kpnSummary: 'k'.repeat(200), huaweiSummary: 'h' });
  assert.ok(long > short);
  assert.equal(short % 10, 0);
});
