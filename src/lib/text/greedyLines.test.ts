import { test } from 'node:test';
import assert from 'node:assert/strict';
import { greedyLines } from './greedyLines.ts';

const chars = (max: number) => (line: string) => line.length <= max;

test('fills each line while it fits, then starts the next', () => {
  assert.deepEqual(greedyLines(['one', 'two', 'three', 'four'], chars(8)), ['one two', 'three', 'four']);
  assert.deepEqual(greedyLines(['a', 'b', 'c'], chars(5)), ['a b c']);
});

test('a piece too long for any line stands on a line of its own, and nothing is lost', () => {
  const pieces = ['tiny', 'enormously-long-piece', 'end'];
  const lines = greedyLines(pieces, chars(6));
  assert.deepEqual(lines, ['tiny', 'enormously-long-piece', 'end']);
  assert.equal(lines.join(' '), pieces.join(' '));
});

test('no pieces, no lines', () => {
  assert.deepEqual(greedyLines([], chars(10)), []);
});
