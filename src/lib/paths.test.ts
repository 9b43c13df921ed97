import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinBase } from './paths.ts';

test('joins a root base and a page path', () => {
  assert.equal(joinBase('/', 'claims/x/'), '/claims/x/');
  assert.equal(joinBase('/', ''), '/');
});

test('joins a sub-path base with or without its trailing slash', () => {
  assert.equal(joinBase('/factchecks/kpn-huawei/', 'timeline/'), '/factchecks/kpn-huawei/timeline/');
  assert.equal(joinBase('/factchecks/kpn-huawei', 'timeline/'), '/factchecks/kpn-huawei/timeline/');
});

test('never doubles a slash when the path starts with one', () => {
  assert.equal(joinBase('/sub/', '/sources/#nu-nl'), '/sub/sources/#nu-nl');
});
