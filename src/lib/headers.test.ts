import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FRAMING, formatHeaders, headerRules, ruleMatches, type HeaderRule } from './headers.ts';

const PAGES = ['/', '/404.html', '/claims/a/', '/embed/claims/a/', '/embed/timeline/', '/review/letter/', '/timeline/'];

/**
 * The rules that apply to a path, picked as Netlify documents it (a path ending in "*" matches any
 * rest, any other path only itself), written out here rather than with ruleMatches, the code under
 * test: a wrong matcher must not choose the rules its own tests then check.
 */
const rulesFor = (rules: HeaderRule[], path: string) =>
  rules.filter((rule) => (rule.path.endsWith('*') ? path.slice(0, rule.path.length - 1) === rule.path.slice(0, -1) : rule.path === path));
const headersFor = (rules: HeaderRule[], path: string) => Object.assign({}, ...rulesFor(rules, path).map((rule) => rule.headers)) as Record<string, string>;

test('rule paths match as static hosts match them', () => {
  const table: Array<[string, string, boolean]> = [
    ['/claims/*', '/claims/a/', true],
    ['/claims/*', '/claims/', true],
    ['/claims/*', '/claims', false],
    ['/claims/*', '/claimsx/a/', false],
    ['/', '/', true],
    ['/', '/index.html', true],
    ['/', '/claims/a/', false],
    ['/review/letter/', '/review/letter/index.html', true],
    ['/embed/*', '/claims/a/', false],
    ['/embed/*', '/nl/embed/claims/a/', false],
    ['/feed.xml', '/feed.xml', true],
    ['/feed.xml', '/nl/feed.xml', false],
    ['/*', '/anything/at/all', true],
  ];
  for (const [rule, path, matches] of table) assert.equal(ruleMatches(rule, path), matches, `${rule} on ${path}`);
});

test('every page gets one framing rule: none for pages, any for embeds', () => {
  const rules = headerRules(PAGES);
  for (const page of PAGES) {
    const framing = rulesFor(rules, page).filter((rule) => rule.headers['Content-Security-Policy']);
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
    const headers = headersFor(headerRules(PAGES, base), card);
    assert.equal(headers['Content-Type'], 'image/png', base);
    assert.match(headers['Cache-Control'] ?? '', /max-age=300, must-revalidate/, base);
    assert.equal(headers['Content-Security-Policy'], undefined, 'an image needs no page CSP');
  }
});

test('an edition folder is split into its sections: its embeds may be framed, its pages may not', () => {
  const rules = headerRules(['/', '/claims/a/', '/embed/claims/a/', '/nl/', '/nl/claims/a/', '/nl/embed/claims/a/', '/nl/embed/timeline/'], '/', ['nl']);
  assert.equal(rules.some((rule) => rule.path === '/nl/*'), false, 'no rule over the whole Dutch folder, which would deny framing its embeds');
  for (const path of ['/nl/embed/claims/a/', '/nl/embed/timeline/', '/embed/claims/a/']) {
    assert.match(headersFor(rules, path)['Content-Security-Policy']!, /frame-ancestors \*/, path);
    assert.equal(headersFor(rules, path)['X-Frame-Options'], undefined, path);
  }
  for (const path of ['/nl/', '/nl/claims/a/', '/claims/a/']) assert.equal(headersFor(rules, path)['X-Frame-Options'], 'DENY', path);
  assert.equal(headersFor(rules, '/nl/feed.xml')['Content-Type'], 'application/atom+xml; charset=utf-8');
  assert.equal(headersFor(rules, '/nl/oembed/claims/a.json')['Content-Type'], 'application/json');
  assert.equal(headersFor(rules, '/nl/og/claims/a.png')['Content-Type'], 'image/png');
});
