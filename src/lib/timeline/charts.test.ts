import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel } from '../content/siteModel.ts';
import { fixtureContent } from '../content/testFixture.ts';
import { chartLanes, NARROW_CHART, PRINT_PAGE_UNITS, timelineCharts, WIDE_CHART } from './charts.ts';
import { denseEvents } from './fixtures.test-helpers.ts';
import { layoutTimeline } from './layout.ts';
import { toTimelineInput } from './fromEvents.ts';
import type { TimelineEvent } from '../content/siteModel.ts';

const model = buildSiteModel(fixtureContent());

test('lanes keep the story\'s order, with the label on the wide drawing and the short label on the narrow one', () => {
  const lanes = model.story.lanes;
  assert.deepEqual(chartLanes(lanes, 'wide'), lanes.map((lane) => ({ id: lane.id, label: lane.label })));
  assert.deepEqual(chartLanes(lanes, 'narrow'), lanes.map((lane) => ({ id: lane.id, label: lane.shortLabel })));
});

test('a chart that fits a printed page is one wide drawing; the narrow drawing is the phone width', () => {
  const { wide, narrow } = timelineCharts(model.events, chartLanes(model.story.lanes, 'wide'), chartLanes(model.story.lanes, 'narrow'));
  assert.equal(wide.length, 1);
  assert.ok(wide[0]!.height <= PRINT_PAGE_UNITS);
  assert.equal(wide[0]!.width, WIDE_CHART.width);
  assert.equal(narrow.width, NARROW_CHART.width);
  assert.equal(narrow.lanes.length, model.story.lanes.length);
});

test('a chart taller than a printed page is drawn one axis segment at a time, every mark in exactly one panel', () => {
  const lanes = [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }];
  // Generated dense events, in the model's shape (a date, and an "until" where the input is a range).
  const events = denseEvents(200).map((input, index) => ({
    ...input,
    lane: lanes[index % lanes.length]!.id,
    date: { start: input.start, end: input.isRange ? input.start : input.end, precision: input.precision },
    until: input.isRange ? { start: input.end, end: input.end, precision: input.precision } : undefined,
  })) as unknown as TimelineEvent[];
  const whole = layoutTimeline(events.map(toTimelineInput), { ...WIDE_CHART, lanes });
  assert.ok(whole.height > PRINT_PAGE_UNITS, `the generated chart is ${whole.height} units tall`);
  const { wide } = timelineCharts(events, lanes);
  assert.equal(wide.length, whole.segments.length);
  for (const panel of wide) assert.ok(panel.height <= whole.height);
  assert.equal(wide.reduce((sum, panel) => sum + panel.marks.length, 0), whole.marks.length);
});
