import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WIDE_CHART, chartLanes } from './charts.ts';
import { realEvents, realLanes } from './fixtures.test-helpers.ts';
import { layoutTimeline } from './layout.ts';
import { sliceChart } from './slice.ts';

const chart = layoutTimeline(realEvents(), { ...WIDE_CHART, lanes: chartLanes(realLanes(), 'wide') });

test('the slices share the marks out among the segments: every mark in exactly one', () => {
  const slices = chart.segments.map((_, index) => sliceChart(chart, index));
  assert.deepEqual(slices.flatMap((slice) => slice.marks.map((m) => m.id)).sort(), chart.marks.map((m) => m.id).sort());
});

test('each slice holds its marks and labels, with room above for the lane headers', () => {
  chart.segments.forEach((segment, index) => {
    const slice = sliceChart(chart, index);
    assert.deepEqual(slice.segments, [segment]);
    assert.ok(slice.viewTop < segment.top - 40, 'no room for the headers');
    for (const mark of slice.marks) {
      assert.ok(mark.y1 >= slice.viewTop && mark.label.top >= slice.viewTop, `${mark.id} above its slice`);
      assert.ok(mark.label.top + mark.label.height <= slice.height, `${mark.id} below its slice`);
    }
  });
});

test('asking for a segment the chart does not have is an error', () => {
  assert.throws(() => sliceChart(chart, chart.segments.length), /no segment/);
});
