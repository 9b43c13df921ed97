import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PATHS, absoluteUrl, joinBase, withBase } from './paths.ts';

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
