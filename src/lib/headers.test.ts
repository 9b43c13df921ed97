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

test('share cards are PNG, revalidated like the pages that point to them, under the deploy base', () => {
  for (const base of ['/', '/factchecks/story/']) {
    const card = `${base}og/claims/a.png`;
    const rules = headerRules(PAGES, base).filter((rule) => ruleMatches(rule.path, card));
    const headers = Object.assign({}, ...rules.map((rule) => rule.headers));
    assert.equal(headers['Content-Type'], 'image/png', base);
    assert.match(headers['Cache-Control'], /max-age=300, must-revalidate/, base);
    assert.equal(headers['Content-Security-Policy'], undefined, 'an image needs no page CSP');
  }
});

test('an edition folder is split into its sections: its embeds may be framed, its pages may not', () => {
  const rules = headerRules(['/', '/claims/a/', '/embed/claims/a/', '/nl/', '/nl/claims/a/', '/nl/embed/claims/a/', '/nl/embed/timeline/'], '/', ['nl']);
  const headersFor = (path: string) => Object.assign({}, ...rules.filter((rule) => ruleMatches(rule.path, path)).map((rule) => rule.headers)) as Record<string, string>;
  assert.equal(rules.some((rule) => rule.path === '/nl/*'), false, 'no rule over the whole Dutch folder, which would deny framing its embeds');
  for (const path of ['/nl/embed/claims/a/', '/nl/embed/timeline/', '/embed/claims/a/']) {
    assert.match(headersFor(path)['Content-Security-Policy']!, /frame-ancestors \*/, path);
    assert.equal(headersFor(path)['X-Frame-Options'], undefined, path);
  }
  for (const path of ['/nl/', '/nl/claims/a/', '/claims/a/']) assert.equal(headersFor(path)['X-Frame-Options'], 'DENY', path);
  assert.equal(headersFor('/nl/feed.xml')['Content-Type'], 'application/atom+xml; charset=utf-8');
  assert.equal(headersFor('/nl/oembed/claims/a.json')['Content-Type'], 'application/json');
  assert.equal(headersFor('/nl/og/claims/a.png')['Content-Type'], 'image/png');
});
