import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANCHOR_GAP, elbowLeader, leaderPath, spreadAnchors } from './leaders.ts';

test('leaders of one day fan out around their mark, apart and in order', () => {
  const anchors = spreadAnchors(['a', 'b', 'c'].map((id) => ({ id, desired: 100, min: 96, max: 104 })));
  assert.deepEqual(anchors, [100 - ANCHOR_GAP, 100, 100 + ANCHOR_GAP]);
});

test('a crowd larger than its marks allow still leaves at distinct heights, inside the marks', () => {
  const anchors = spreadAnchors(Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, desired: 100, min: 96, max: 104 })));
  for (let i = 1; i < anchors.length; i += 1) assert.ok(anchors[i]! > anchors[i - 1]!, `anchor ${i} is not below anchor ${i - 1}`);
  for (const y of anchors) assert.ok(y >= 96 && y <= 104);
});

test('leaders far apart keep the heights they want', () => {
  assert.deepEqual(spreadAnchors([{ id: 'a', desired: 10, min: 5, max: 15 }, { id: 'b', desired: 50, min: 45, max: 55 }]), [10, 50]);
});

test('an elbow is level to the gutter, then straight to the label, written as absolute M/L', () => {
  const points = elbowLeader(10, 20, 60, 90, 45);
  assert.deepEqual(points, [[10, 20], [60, 20], [90, 45]]);
  assert.equal(leaderPath(points), 'M10,20L60,20L90,45');
});
