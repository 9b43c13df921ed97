import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crossingPairs, parseLeaderPath, segmentsMeet, type Point } from './crossings.ts';

const p = (x: number, y: number): Point => [x, y];

test('segments that cross, touch or overlap meet; parallel and apart ones do not', () => {
  const cases: Array<[string, Point, Point, Point, Point, boolean]> = [
    ['an X', p(0, 0), p(10, 10), p(0, 10), p(10, 0), true],
    ['a T (end on the other)', p(0, 0), p(10, 0), p(5, -5), p(5, 0), true],
    ['a shared end', p(0, 0), p(10, 0), p(10, 0), p(20, 5), true],
    ['collinear, overlapping', p(0, 0), p(10, 0), p(5, 0), p(15, 0), true],
    ['collinear, apart', p(0, 0), p(10, 0), p(11, 0), p(15, 0), false],
    ['parallel', p(0, 0), p(10, 0), p(0, 0.1), p(10, 0.1), false],
    ['would cross if longer', p(0, 0), p(10, 10), p(20, 0), p(12, 8), false],
    ['straight leaders to a label column, in order', p(134, 98.7), p(473, 101.2), p(146, 108), p(473, 139.2), false],
    ['straight leaders to a label column, out of order', p(134, 98.7), p(473, 139.2), p(146, 108), p(473, 101.2), true],
  ];
  for (const [name, a, b, c, d, expected] of cases) {
    assert.equal(segmentsMeet(a, b, c, d), expected, name);
    assert.equal(segmentsMeet(c, d, a, b), expected, `${name} (swapped)`);
  }
});

test('reads absolute M/L path data, with commas or spaces, and refuses curves', () => {
  assert.deepEqual(parseLeaderPath('M1,2L3.5,-4L5 6'), [[1, 2], [3.5, -4], [5, 6]]);
  assert.throws(() => parseLeaderPath('M0,0C1,1 2,2 3,3'), /not absolute M\/L|other than M\/L/);
  assert.throws(() => parseLeaderPath('m0,0l1,1'), /not absolute M\/L|other than M\/L/);
});

test('counts each crossing pair of polylines once', () => {
  const elbow = (y: number, labelY: number) => [p(0, y), p(50, y), p(80, labelY)];
  assert.equal(crossingPairs([elbow(10, 10), elbow(12, 30), elbow(14, 50)]).length, 0);
  assert.deepEqual(crossingPairs([elbow(10, 50), elbow(12, 30), elbow(14, 10)]), [[0, 1], [0, 2], [1, 2]]);
  assert.deepEqual(crossingPairs([elbow(10, 10), elbow(10, 30)]), [[0, 1]], 'two leaders leaving at one height overlap');
});
