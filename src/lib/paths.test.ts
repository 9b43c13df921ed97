import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PATHS, absoluteUrl, joinBase, localePaths, toLocale, translatePath, withBase } from './paths.ts';

test('joins a root base and a page path', () => {
  assert.equal(joinBase('/', 'claims/x/'), '/claims/x/');
  assert.equal(joinBase('/', ''), '/');
});

test('joins a sub-path base with or without its trailing slash', () => {
  assert.equal(joinBase('/factchecks/city-water/', 'timeline/'), '/factchecks/city-water/timeline/');
  assert.equal(joinBase('/factchecks/city-water', 'timeline/'), '/factchecks/city-water/timeline/');
});

test('never doubles a slash when the path starts with one', () => {
  assert.equal(joinBase('/sub/', '/sources/#nu-nl'), '/sub/sources/#nu-nl');
});

test('withBase puts a page under the deploy base (the root where no base is configured)', () => {
  // Outside Astro import.meta.env is undefined: the root base, as in a build without --base.
  assert.equal(withBase('claims/x/'), '/claims/x/');
  assert.equal(withBase('/timeline/#2021'), '/timeline/#2021');
});

test('absoluteUrl resolves a page against the public origin', () => {
  assert.equal(absoluteUrl('https://news.example.com', 'claims/x/'), 'https://news.example.com/claims/x/');
  assert.equal(absoluteUrl(new URL('https://news.example.com/'), PATHS.feed), 'https://news.example.com/feed.xml');
});

test('every named page path is relative, so the base can be put in front of it', () => {
  for (const [name, path] of Object.entries(PATHS)) {
    const value = typeof path === 'function' ? path('slug') : path;
    assert.ok(!value.startsWith('/'), `${name}: ${value}`);
  }
});

test('the English edition keeps its published paths; the Dutch one puts every page under nl/', () => {
  const nl = localePaths('nl');
  assert.equal(localePaths('en'), PATHS, 'English URLs never change');
  assert.equal(nl.home, 'nl/');
  assert.equal(nl.claim('x'), 'nl/claims/x/');
  assert.equal(nl.embedClaim('x'), 'nl/embed/claims/x/');
  assert.equal(nl.oembedClaim('x'), 'nl/oembed/claims/x.json');
  assert.equal(nl.feed, 'nl/feed.xml');
  assert.equal(nl.methodology, 'nl/methodology/');
});

test('the data files and the embed script are shared by both editions', () => {
  const nl = localePaths('nl');
  for (const name of ['claimsData', 'timelineCsv', 'timelineJson', 'embedScript'] as const) assert.equal(nl[name], PATHS[name]);
});

test('a page moves to the other edition and back', () => {
  assert.equal(translatePath('claims/x/', 'en', 'nl'), 'nl/claims/x/');
  assert.equal(translatePath('nl/claims/x/', 'nl', 'en'), 'claims/x/');
  assert.equal(translatePath('', 'en', 'nl'), 'nl/');
  assert.equal(translatePath('nl/', 'nl', 'en'), '');
  assert.equal(toLocale(undefined), 'en');
  assert.equal(toLocale('nl'), 'nl');
  assert.equal(toLocale('fr'), 'en');
});
