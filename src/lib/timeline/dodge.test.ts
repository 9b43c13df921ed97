import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dodgeWithinLanes, type DodgeMark } from './dodge.ts';

const mark = (id: string, y1: number, y2: number, shape: DodgeMark['shape'] = 'span', laneIndex = 0): DodgeMark => ({ id, laneIndex, x: 50, y1, y2, shape });

test('marks of one lane that overlap in time stand side by side, whole inside the lane', () => {
  const marks = [mark('a', 0, 40), mark('b', 10, 50), mark('c', 20, 30, 'point')];
  dodgeWithinLanes(marks, 40);
  assert.equal(new Set(marks.map((m) => m.x)).size, 3);
  for (const m of marks) assert.ok(m.x - 5 >= 30 && m.x + 5 <= 70, `${m.id} at ${m.x} leaves the lane 30–70`);
});

test('marks apart in time, or in other lanes, keep the lane centre', () => {
  const marks = [mark('a', 0, 10), mark('b', 30, 40), mark('c', 0, 10, 'span', 1)];
  dodgeWithinLanes(marks, 40);
  assert.deepEqual(marks.map((m) => m.x), [50, 50, 50]);
});

test('a crowd in a narrow lane squeezes together rather than leave the lane', () => {
  const marks = Array.from({ length: 6 }, (_, i) => mark(`m${i}`, 0, 0, 'point'));
  dodgeWithinLanes(marks, 15);
  for (const m of marks) assert.ok(m.x - 5 >= 50 - 7.5 - 1e-9 && m.x + 5 <= 50 + 7.5 + 1e-9, `${m.id} at ${m.x}`);
});
