import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitText, wrapWords, type Measure } from './fitText.ts';

// A monospaced stand-in: every character is 0.5 em wide, so widths are easy to reason about.
const mono: Measure = (text, size) => text.length * size * 0.5;

test('breaks lines at spaces only, each within the width', () => {
  const lines = wrapWords('Vendor could eavesdrop on the network', 100, 10, mono)!;
  assert.deepEqual(lines, ['Vendor could', 'eavesdrop on the', 'network']);
  for (const line of lines) assert.ok(mono(line, 10) <= 100, line);
  assert.equal(lines.join(' '), 'Vendor could eavesdrop on the network');
});

test('refuses a word wider than the line instead of cutting it', () => {
  assert.equal(wrapWords('a supercalifragilistic word', 50, 10, mono), undefined);
});

test('keeps the largest size at which the text fits the lines allowed', () => {
  const fit = fitText('one two three four five six', mono, { maxSize: 40, minSize: 10, width: 200, maxLines: 2 });
  assert.ok(fit.ok);
  // 27 characters need 2 lines of at most 10 characters (200 px at 40 px) → too many at 40; 2 lines fit at 28.
  assert.ok(fit.size < 40 && fit.size >= 10);
  assert.ok(fit.lines.length <= 2);
  for (const line of fit.lines) assert.ok(mono(line, fit.size) <= 200, `${line} at ${fit.size}`);
  const larger = fitText('one two three four five six', mono, { maxSize: fit.size + 2, minSize: fit.size + 2, width: 200, maxLines: 2 });
  assert.equal(larger.ok, false, 'one step larger must not fit, or the fit was not the largest');
});

test('a short text stays at the largest size on one line', () => {
  const fit = fitText('Denies', mono, { maxSize: 32, minSize: 20, width: 300, maxLines: 1 });
  assert.deepEqual(fit, { ok: true, size: 32, lines: ['Denies'] });
});

test('balances the lines, so the last is not a lone word when it need not be', () => {
  const fit = fitText('aaaa bbbb cccc dddd e', mono, { maxSize: 10, minSize: 10, width: 100, maxLines: 3 });
  assert.ok(fit.ok);
  assert.equal(fit.lines.length, 2);
  const widths = fit.lines.map((line) => line.length);
  assert.ok(Math.max(...widths) - Math.min(...widths) <= 5, JSON.stringify(fit.lines));
});

test('the box height limits the lines as well as maxLines', () => {
  const fit = fitText('one two three four five six seven', mono, { maxSize: 20, minSize: 20, width: 100, maxLines: 5, lineHeight: 1.5, maxHeight: 60 });
  assert.equal(fit.ok, false, '60 px hold two lines of 30 px; the text needs more');
});

test('says why a text does not fit at the smallest size: too many lines, or a word too wide', () => {
  const long = fitText('word '.repeat(40), mono, { maxSize: 20, minSize: 16, width: 100, maxLines: 2 });
  assert.equal(long.ok, false);
  assert.match(!long.ok ? long.reason : '', /more than 2 lines of 100 px even at 16 px/);
  const wide = fitText('Telecommunicatie', mono, { maxSize: 20, minSize: 16, width: 100, maxLines: 2 });
  assert.match(!wide.ok ? wide.reason : '', /the word "Telecommunicatie" is wider than the card's 100 px line/);
  assert.equal(fitText('  ', mono, { maxSize: 20, minSize: 16, width: 100, maxLines: 2 }).ok, false);
});
