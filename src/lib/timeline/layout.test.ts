import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NARROW_CHART, WIDE_CHART, chartLanes } from './charts.ts';
import { crossingPairs } from './crossings.ts';
import { denseEvents, input, random, realEvents, realLanes } from './fixtures.test-helpers.ts';

const LANES = realLanes();
import { layoutTimeline, sliceChart, type ChartModel, type ChartOptions } from './layout.ts';
import { computeSegments } from './segments.ts';
import type { TimelineInput } from './types.ts';

/** The options the pages use, with the lanes the pages use: the tests prove the chart that ships. */
const SHIPPED: Array<[string, ChartOptions]> = [
  ['wide', { ...WIDE_CHART, lanes: chartLanes(realLanes(), 'wide') }],
  ['narrow', { ...NARROW_CHART, lanes: chartLanes(realLanes(), 'narrow') }],
];
const WIDE = SHIPPED[0]![1];

const DATASETS: Array<[string, () => TimelineInput[]]> = [
  ['the real events', realEvents],
  ['40 generated events', () => denseEvents(40, 2)],
  ['300 generated events', () => denseEvents(300, 3)],
  ['120 events on one day', () => Array.from({ length: 120 }, (_, i) => input({ id: `d${i}`, title: `Event ${i} on the same day`, date: '2021-04-17', kind: 'event', lane: LANES[i % LANES.length]!.id, isArticleUnderReview: false }))],
  ['two events forty years apart', () => [
    input({ id: 'early', title: 'Early', date: '1981-03-02', kind: 'event', lane: LANES[0]!.id, isArticleUnderReview: false }),
    input({ id: 'late', title: 'Late', date: '2021-04', kind: 'event', lane: 'other', isArticleUnderReview: true }),
  ]],
];

/** Every property the published chart must have, checked without the layout's own helpers. */
function assertReadable(chart: ChartModel, options: ChartOptions, events: TimelineInput[], name: string) {
  assert.equal(chart.marks.length, events.length, `${name}: one mark per event`);
  const labels = [...chart.marks].sort((a, b) => a.label.top - b.label.top);
  for (let i = 1; i < labels.length; i += 1) {
    const [above, below] = [labels[i - 1]!, labels[i]!];
    assert.ok(below.label.top >= above.label.top + above.label.height - 1e-6, `${name}: labels of ${above.id} and ${below.id} overlap`);
  }
  const crossings = crossingPairs(chart.marks.map((mark) => mark.leader));
  assert.deepEqual(crossings.map(([i, j]) => `${chart.marks[i]!.id} × ${chart.marks[j]!.id}`), [], `${name}: leaders cross`);
  const laneIds = options.lanes.map((lane) => lane.id);
  for (const mark of chart.marks) {
    const event = events.find((e) => e.id === mark.id)!;
    // Inside the drawing.
    assert.ok(mark.label.top >= 0 && mark.label.top + mark.label.height <= chart.height, `${name}: label of ${mark.id} leaves the drawing`);
    assert.ok(mark.label.x > chart.plotRight && mark.label.x < options.width, `${name}: label of ${mark.id} is not right of the lanes`);
    // Inside its lane and its segment.
    const laneLeft = chart.plotLeft + laneIds.indexOf(event.lane) * options.laneWidth;
    const half = mark.shape === 'point' ? 5 : 4;
    assert.ok(mark.x - half >= laneLeft - 0.06 && mark.x + half <= laneLeft + options.laneWidth + 0.06, `${name}: ${mark.id} leaves its lane`);
    const segment = chart.segments.find((s) => event.start >= s.from && event.start < s.to);
    assert.ok(segment, `${name}: ${mark.id} is in no segment`);
    assert.ok(mark.y1 >= segment.top - 0.05 && mark.y2 <= segment.bottom + 0.05 && mark.y1 <= mark.y2, `${name}: ${mark.id} leaves its segment`);
    // The leader joins the mark to its label, in straight segments, leaving the mark sideways.
    const [first, , last] = mark.leader;
    assert.equal(mark.leader.length, 3);
    assert.ok(first![0] > mark.x && first![0] < chart.labelX, `${name}: leader of ${mark.id} does not start at its mark`);
    const reach = mark.shape === 'point' ? 5 : 0;
    assert.ok(first![1] >= mark.y1 - reach - 0.05 && first![1] <= mark.y2 + reach + 0.05, `${name}: leader of ${mark.id} starts at ${first![1]}, off its mark (${mark.y1}–${mark.y2})`);
    assert.ok(last![1] >= mark.label.top && last![1] <= mark.label.top + mark.label.height, `${name}: leader of ${mark.id} misses its label`);
  }
}

for (const [variant, options] of SHIPPED) {
  for (const [dataName, make] of DATASETS) {
    test(`${variant} chart, ${dataName}: no overlapping labels, no crossing leaders, everything inside`, () => {
      const events = make();
      assertReadable(layoutTimeline(events, options), options, events, `${variant}/${dataName}`);
    });

    test(`${variant} chart, ${dataName}: the drawing does not depend on the order of the events`, () => {
      const events = make();
      const rnd = random(7);
      const shuffled = events.map((event) => [rnd(), event] as const).sort((a, b) => a[0] - b[0]).map(([, event]) => event);
      assert.deepEqual(layoutTimeline(shuffled, options), layoutTimeline(events, options));
      assert.deepEqual(layoutTimeline([...events].reverse(), options), layoutTimeline(events, options));
    });
  }

  test(`${variant} chart: every subset of real events a claim page may draw is readable too`, () => {
    const events = realEvents();
    const rnd = random(11);
    for (let round = 0; round < 60; round += 1) {
      const subset = events.filter(() => rnd() < 0.2);
      if (subset.length === 0) continue;
      assertReadable(layoutTimeline(subset, options), options, subset, `${variant}/subset ${round}`);
    }
  });

  test(`${variant} chart: the wide print slices keep every mark and label inside its slice`, () => {
    const chart = layoutTimeline(realEvents(), options);
    const slices = chart.segments.map((_, index) => sliceChart(chart, index));
    assert.deepEqual(slices.flatMap((slice) => slice.marks.map((m) => m.id)).sort(), chart.marks.map((m) => m.id).sort());
    for (const slice of slices) {
      for (const mark of slice.marks) {
        assert.ok(mark.y1 >= slice.viewTop && mark.label.top >= slice.viewTop, `${mark.id} above its slice`);
        assert.ok(mark.label.top + mark.label.height <= slice.height, `${mark.id} below its slice`);
      }
    }
  });
}

test('day-precision events are points; month, year and open dates are spans over all they may cover', () => {
  const make = (date: string, until?: string) => input({ id: date + (until ?? ''), title: 't', date, until, kind: 'event', lane: LANES[0]!.id, isArticleUnderReview: false });
  const events = [make('2009'), make('2021-04'), make('2021-04-17'), make('2009', '2010'), make('2012-06-01'), make('2015'), make('2019-03-03'), make('2020-07')];
  const chart = layoutTimeline(events, WIDE);
  const mark = (id: string) => chart.marks.find((m) => m.id === id)!;
  assert.deepEqual([mark('2009').shape, mark('2009').precision], ['span', 'year']);
  assert.deepEqual([mark('2021-04').shape, mark('2021-04').precision], ['span', 'month']);
  assert.deepEqual([mark('2021-04-17').shape, mark('2021-04-17').precision], ['point', 'day']);
  assert.equal(mark('20092010').shape, 'span');
  assert.equal(mark('20092010').isRange, true);
  assert.ok(mark('20092010').y2 - mark('20092010').y1 > mark('2009').y2 - mark('2009').y1, 'two years are longer than one');
  assert.equal(mark('2021-04-17').y1, mark('2021-04-17').y2);
});

test('the article under review is a span over its whole month, not a point', () => {
  const events = realEvents();
  const article = events.find((event) => event.isArticleUnderReview)!;
  for (const [, options] of SHIPPED) {
    const chart = layoutTimeline(events, options);
    const mark = chart.marks.find((m) => m.id === article.id)!;
    assert.equal(mark.shape, 'span');
    // A day in the segment of April 2021 is this many units: the span covers about thirty of them.
    const segment = chart.segments.find((s) => article.start >= s.from && article.start < s.to)!;
    const perDay = (segment.bottom - segment.top) / ((segment.to.getTime() - segment.from.getTime()) / 86_400_000);
    const days = (mark.y2 - mark.y1) / perDay;
    assert.ok(days > 29 && days < 31.5, `the article's mark covers ${days.toFixed(1)} days`);
  }
});

test('lanes are stable: the same lane order and x whatever the events', () => {
  const a = layoutTimeline(realEvents(), WIDE).lanes.map((lane) => [lane.id, lane.x]);
  const b = layoutTimeline(denseEvents(12), WIDE).lanes.map((lane) => [lane.id, lane.x]);
  assert.deepEqual(a, b);
  assert.deepEqual(a.map(([id]) => id), LANES.map((lane) => lane.id));
});

test('an event in a lane the chart does not have fails the build with its id', () => {
  const event = input({ id: 'stray', title: 't', date: '2021', kind: 'event', lane: 'nowhere' as never, isArticleUnderReview: false });
  assert.throws(() => layoutTimeline([event], WIDE), /"stray" is in lane "nowhere"/);
});

test('marks of one lane that overlap in time are spread side by side, inside the lane', () => {
  const events = ['2009', '2009', '2009'].map((date, i) => input({ id: `y${i}`, title: 't', date, kind: 'event', lane: LANES[0]!.id, isArticleUnderReview: false }));
  const chart = layoutTimeline(events, WIDE);
  const xs = chart.marks.map((m) => m.x);
  assert.equal(new Set(xs).size, 3);
  for (const x of xs) assert.ok(Math.abs(x - chart.lanes[0]!.x) < WIDE.laneWidth / 2);
});

test('tick labels suit the span: no two ticks of a segment read the same', () => {
  for (const [, options] of SHIPPED) {
    for (const segment of layoutTimeline(realEvents(), options).segments) {
      const labels = segment.ticks.map((tick) => tick.label);
      assert.equal(new Set(labels).size, labels.length, `${segment.label}: ${labels.join(', ')}`);
      assert.ok(labels.length >= 1, `${segment.label} has no tick`);
    }
  }
});

test('the densest months of the real data get a segment of their own (the April 2021 detail)', () => {
  const segments = computeSegments(realEvents());
  const april = new Date(Date.UTC(2021, 3, 18));
  const holder = segments.find((s) => april >= s.from && april < s.to)!;
  assert.ok(holder.to.getTime() - holder.from.getTime() <= 92 * 86_400_000);
});
