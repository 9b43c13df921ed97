import { test } from 'node:test';
import assert from 'node:assert/strict';
import { heightMessage, isReadyMessage, linkMessage, wordPressSecret } from './wordpress.ts';

test('reads the secret WordPress puts in the fragment, and nothing else', () => {
  const cases: Array<[string, string | null]> = [
    ['#?secret=AbC123xyz0', 'AbC123xyz0'],
    ['#?foo=1&secret=q1w2e3r4t5', 'q1w2e3r4t5'],
    ['#?secret=q1w2e3r4t5&x=1', 'q1w2e3r4t5'],
    ['', null],
    ['#secret=abc', null],
    ['#?secret=', null],
    ['#?secret=abc"><x', null],
    ['#?secret=abc-def', null],
    ['#?mysecret=abc', null],
  ];
  for (const [hash, expected] of cases) assert.equal(wordPressSecret(hash), expected, hash);
});

test('a height message carries a whole number of pixels, rounded up, and the secret', () => {
  assert.deepEqual(heightMessage(408.2, 'abc'), { message: 'height', value: 409, secret: 'abc' });
});

test('only links to the embed’s own host become link messages, as absolute URLs', () => {
  const embed = 'https://news.example/embed/claims/x/';
  assert.deepEqual(linkMessage('/claims/x/', embed, 's'), { message: 'link', value: 'https://news.example/claims/x/', secret: 's' });
  assert.equal(linkMessage('https://evil.example/claims/x/', embed, 's'), null);
  assert.equal(linkMessage('javascript:alert(1)', embed, 's'), null);
  assert.equal(linkMessage('http://[bad', embed, 's'), null);
});

test('only "ready" with this frame’s secret counts as ready', () => {
  assert.equal(isReadyMessage({ message: 'ready', secret: 'abc' }, 'abc'), true);
  assert.equal(isReadyMessage({ message: 'ready', secret: 'abd' }, 'abc'), false);
  assert.equal(isReadyMessage({ message: 'height', secret: 'abc' }, 'abc'), false);
  assert.equal(isReadyMessage('ready', 'abc'), false);
  assert.equal(isReadyMessage(null, 'abc'), false);
});
