import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAMING, formatHeaders, headerRules, ruleMatches } from './headers.ts';

const PAGES = ['/', '/404.html', '/claims/a/', '/embed/claims/a/', '/embed/timeline/', '/review/letter/', '/timeline/'];

test('rule paths match as static hosts match them', () => {
  assert.ok(ruleMatches('/claims/*', '/claims/a/'));
  assert.ok(ruleMatches('/', '/'));
  assert.ok(!ruleMatches('/', '/claims/a/'));
  assert.ok(!ruleMatches('/embed/*', '/claims/a/'));
});

test('every page gets one framing rule: none for pages, any for embeds', () => {
  const rules = headerRules(PAGES);
  for (const page of PAGES) {
    const framing = rules.filter((rule) => ruleMatches(rule.path, page) && rule.headers['Content-Security-Policy']);
    assert.equal(framing.length, 1, page);
    assert.ok(framing[0]!.headers['Content-Security-Policy']!.startsWith(page.startsWith('/embed/') ? FRAMING.embed : FRAMING.page), page);
  }
});

test('rules carry the deploy base', () => {
  const text = formatHeaders(headerRules(PAGES, '/factchecks/city-water/'));
  assert.match(text, /^\/factchecks\/city-water\/embed\/\*$/m);
  assert.match(text, /^\/factchecks\/city-water\/claims\/\*$/m);
  assert.doesNotMatch(text, /^\/claims\/\*$/m);
});
