import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelsOverlap, placeLabels, textWidth, wrapText, wrapToWidth } from './labels.ts';

test('placeLabels keeps the given order, never overlaps and stays within bounds', () => {
  const placed = placeLabels(
    [{ id: 'a', desired: 10, height: 10 }, { id: 'b', desired: 10, height: 10 }, { id: 'c', desired: 95, height: 10 }],
    { min: 0, max: 100, gap: 2 },
  );
  assert.deepEqual(placed.map((label) => label.id), ['a', 'b', 'c']);
  assert.deepEqual(placed.map((label) => label.top), [4, 16, 90]);
});

test('placeLabels centres a crowd on its wishes instead of pushing it all below the first', () => {
  const placed = placeLabels(['a', 'b', 'c'].map((id) => ({ id, desired: 50, height: 10 })), { min: 0, max: 200, gap: 0 });
  assert.deepEqual(placed.map((label) => label.top), [40, 50, 60]);
});

test('placeLabels pushes a crowd back inside the bounds at either end', () => {
  const top = placeLabels(['a', 'b'].map((id) => ({ id, desired: -20, height: 10 })), { min: 0, max: 100, gap: 0 });
  assert.deepEqual(top.map((label) => label.top), [0, 10]);
  const bottom = placeLabels(['a', 'b'].map((id) => ({ id, desired: 99, height: 10 })), { min: 0, max: 100, gap: 0 });
  assert.deepEqual(bottom.map((label) => label.top), [80, 90]);
});

test('labelsOverlap tells touching from overlapping', () => {
  assert.equal(labelsOverlap([{ top: 0, height: 10 }, { top: 10, height: 10 }]), false);
  assert.equal(labelsOverlap([{ top: 0, height: 10 }, { top: 9, height: 10 }]), true);
});

test('text is measured at DejaVu Sans advance widths', () => {
  // DejaVu Sans, units per em 2048: "i" 569, "m" 1995, "W" 2025, "0" 1303, space 651.
  assert.ok(Math.abs(textWidth('i', 10) - 2.78) < 0.05);
  assert.ok(Math.abs(textWidth('m', 10) - 9.74) < 0.05);
  assert.ok(Math.abs(textWidth('W', 10) - 9.89) < 0.05);
  assert.ok(Math.abs(textWidth('2021', 10) - 4 * 6.36) < 0.05);
  assert.ok(textWidth('mmmm', 12) > textWidth('iiii', 12) * 3);
});

test('wrapToWidth breaks at spaces, cuts only a word wider than a line, never exceeds the width', () => {
  assert.deepEqual(wrapToWidth('one two three four', 45, 10), ['one two', 'three', 'four']);
  assert.deepEqual(wrapToWidth('mmmmmmmmmm', 30, 10), ['mmm', 'mmm', 'mmm', 'm']);
  const text = "19 April 2021: Reuters, the Guardian and City AM carry the operator's and the vendor's responses in English";
  for (const width of [100, 163, 400]) {
    const lines = wrapToWidth(text, width, 12);
    assert.equal(lines.join(' '), text);
    for (const line of lines) assert.ok(textWidth(line, 12) <= width, `${line} at ${width}`);
  }
});

test('wrapText breaks lane headers at spaces into lines of at most n characters', () => {
  assert.deepEqual(wrapText('Government, parliament, regulator', 11), ['Government,', 'parliament,', 'regulator']);
  assert.deepEqual(wrapText('abcdefghijkl', 5), ['abcde', 'fghij', 'kl']);
});
