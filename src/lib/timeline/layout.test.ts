import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { parsePartialDate } from '../partialDate.ts';
import { labelsOverlap, placeLabels, wrapText } from './labels.ts';
import { layoutTimeline, segmentLabel, sliceChart, type ChartOptions } from './layout.ts';
import { computeSegments } from './segments.ts';
import { toTimelineInput } from './fromEvents.ts';
import { formatPartialDateRange } from '../partialDate.ts';
import type { TimelineInput } from './types.ts';

type InputEvent = Omit<Parameters<typeof toTimelineInput>[0], 'dateLabel'>;
/** An event as the model hands it to the timeline, its date label derived as the model derives it. */
const input = (event: InputEvent) => toTimelineInput({ ...event, dateLabel: formatPartialDateRange(event.date, event.until) });

const LANES = ['kpn', 'huawei', 'press', 'state', 'other'].map((id) => ({ id, label: id }));
const WIDE: ChartOptions = { width: 960, axisWidth: 96, laneWidth: 72, headerHeight: 40, fontSize: 13, lineHeight: 17, charWidth: 7, lanes: LANES, laneHeaderChars: 12 };
const NARROW: ChartOptions = { ...WIDE, width: 300, axisWidth: 46, laneWidth: 14, fontSize: 12, lineHeight: 15, charWidth: 6.4, headerHeight: 70 };

const GROUPS: Record<string, string> = Object.fromEntries(
  (yaml.load(readFileSync('src/content/parties.yaml', 'utf8')) as Array<{ id: string; group: string }>).map((p) => [p.id, p.group]),
);

/** The real events of the site, read from the content file the build uses. */
function realEvents(): TimelineInput[] {
  const raw = yaml.load(readFileSync('src/content/events.yaml', 'utf8')) as Array<Record<string, any>>;
  return raw.map((event) =>
    input({
      id: event.id,
      title: event.title,
      date: parsePartialDate(event.date)!,
      until: event.until ? parsePartialDate(event.until)! : undefined,
      kind: event.kind ?? 'event',
      lane: GROUPS[event.parties[0]] as never,
      isArticleUnderReview: event.isArticleUnderReview ?? false,
    }),
  );
}

/** Dense generated data: `n` events crowded into a few days, plus a sparse tail over years. */
function denseEvents(n: number): TimelineInput[] {
  const events: TimelineInput[] = [];
  for (let i = 0; i < n; i += 1) {
    const day = parsePartialDate(`2021-04-${String(17 + (i % 5)).padStart(2, '0')}`)!;
    events.push({ ...input({ id: `dense-${i}`, title: `Generated event number ${i} with a title long enough to wrap onto a second line in the narrow chart`, date: day, until: undefined, kind: 'event', lane: LANES[i % 5]!.id as never, isArticleUnderReview: false }) });
  }
  for (const year of ['2004', '2008', '2013']) {
    events.push(input({ id: `sparse-${year}`, title: 'Sparse', date: parsePartialDate(year)!, until: undefined, kind: 'event', lane: 'kpn', isArticleUnderReview: false }));
  }
  return events;
}

test('the axis segments cover every event of the real data', () => {
  const events = realEvents();
  const segments = computeSegments(events);
  for (const event of events) {
    assert.ok(segments.some((s) => event.start >= s.from && event.start < s.to), `${event.id} is outside every segment`);
  }
  assert.ok(segments[0]!.from <= events.reduce((a, b) => (a.start < b.start ? a : b)).start);
  assert.ok(segments.at(-1)!.to >= events.reduce((a, b) => (a.end > b.end ? a : b)).end);
});

test('the densest months of the real data get a segment of their own (the April 2021 detail)', () => {
  const segments = computeSegments(realEvents());
  const april = new Date(Date.UTC(2021, 3, 18));
  const holder = segments.find((s) => april >= s.from && april < s.to)!;
  assert.ok(holder.to.getTime() - holder.from.getTime() <= 92 * 86_400_000, `April 2021 sits in ${segmentLabel(holder.from, holder.to)}`);
});

for (const [name, options] of [['wide', WIDE], ['narrow', NARROW]] as const) {
  test(`labels never overlap on the real data (${name})`, () => {
    const chart = layoutTimeline(realEvents(), options);
    assert.equal(labelsOverlap(chart.marks.map((m) => m.label)), false);
  });

  test(`labels never overlap on dense generated data (${name})`, () => {
    for (const n of [10, 40, 120]) {
      const chart = layoutTimeline(denseEvents(n), options);
      assert.equal(chart.marks.length, n + 3);
      assert.equal(labelsOverlap(chart.marks.map((m) => m.label)), false, `${n} events overlap`);
    }
  });

  test(`every mark and label stays inside the chart (${name})`, () => {
    const chart = layoutTimeline(realEvents(), options);
    for (const mark of chart.marks) {
      assert.ok(mark.x > chart.plotLeft && mark.x < chart.plotRight, `${mark.id} x`);
      assert.ok(mark.y1 >= 0 && mark.y2 <= chart.height && mark.y1 <= mark.y2, `${mark.id} y`);
      assert.ok(mark.label.top >= 0 && mark.label.top + mark.label.height <= chart.height + 1, `${mark.id} label`);
      for (const line of mark.label.lines) assert.ok(chart.labelX + line.length * options.charWidth <= options.width + 1, `${mark.id} runs off the right`);
    }
  });
}

test('one mark per event, in its lane', () => {
  const events = realEvents();
  const chart = layoutTimeline(events, WIDE);
  assert.equal(chart.marks.length, events.length);
  for (const event of events) {
    const mark = chart.marks.find((m) => m.id === event.id)!;
    assert.equal(LANES[mark.laneIndex]!.id, event.lane);
  }
});

test('year- and month-precision events become spans, day-precision events points', () => {
  const make = (date: string, until?: string) =>
    input({ id: date + (until ?? ''), title: 't', date: parsePartialDate(date)!, until: until ? parsePartialDate(until) : undefined, kind: 'event', lane: 'kpn', isArticleUnderReview: false });
  const events = [make('2009'), make('2021-04'), make('2021-04-17'), make('2009', '2010'), make('2012-06-01'), make('2015'), make('2019-03-03'), make('2020-07')];
  const chart = layoutTimeline(events, WIDE);
  const shape = (id: string) => chart.marks.find((m) => m.id === id)!;
  assert.equal(shape('2009').shape, 'span');
  assert.equal(shape('2021-04').shape, 'span');
  assert.equal(shape('2021-04-17').shape, 'point');
  assert.equal(shape('20092010').shape, 'span');
  assert.ok(shape('20092010').y2 - shape('20092010').y1 > shape('2009').y2 - shape('2009').y1, 'two years are longer than one');
  assert.equal(shape('2021-04-17').y1, shape('2021-04-17').y2);
});

test('lanes are stable: the same lane order and x whatever the events', () => {
  const a = layoutTimeline(realEvents(), WIDE).lanes.map((lane) => [lane.id, lane.x]);
  const b = layoutTimeline(denseEvents(12), WIDE).lanes.map((lane) => [lane.id, lane.x]);
  assert.deepEqual(a, b);
});

test('the layout does not depend on the order the events come in', () => {
  const events = realEvents();
  const shuffled = [...events].reverse();
  [shuffled[3], shuffled[17]] = [shuffled[17]!, shuffled[3]!];
  const byId = (chart: ReturnType<typeof layoutTimeline>) => Object.fromEntries(chart.marks.map((mark) => [mark.id, mark]));
  for (const options of [WIDE, NARROW]) {
    const a = layoutTimeline(events, options);
    const b = layoutTimeline(shuffled, options);
    assert.deepEqual(byId(b), byId(a));
    assert.deepEqual({ ...b, marks: [] }, { ...a, marks: [] });
  }
});

test('placeLabels keeps order and pushes crowded labels apart within bounds', () => {
  const placed = placeLabels(
    [{ id: 'a', desired: 10, height: 10 }, { id: 'b', desired: 10, height: 10 }, { id: 'c', desired: 95, height: 10 }],
    { min: 0, max: 100, gap: 2 },
  );
  assert.deepEqual(placed.map((p) => p.id), ['a', 'b', 'c']);
  assert.equal(labelsOverlap(placed), false);
  assert.ok(placed.at(-1)!.top + 10 <= 100);
});

test('wrapText breaks at spaces and never exceeds the width', () => {
  assert.deepEqual(wrapText('one two three four', 9), ['one two', 'three', 'four']);
  assert.deepEqual(wrapText('abcdefghijkl', 5), ['abcde', 'fghij', 'kl']);
  for (const line of wrapText('KPN issues its Dutch statement and Huawei issues a Dutch statement', 20)) assert.ok(line.length <= 20);
});

test('segment labels name the span they cover', () => {
  assert.equal(segmentLabel(new Date(Date.UTC(2004, 0, 1)), new Date(Date.UTC(2019, 0, 1))), '2004–2018');
  assert.equal(segmentLabel(new Date(Date.UTC(2021, 2, 1)), new Date(Date.UTC(2021, 5, 1))), 'Mar–May 2021');
});

test('a handful of events within a year and a half get one unbroken axis', () => {
  const events = ['2021-03-29', '2021-04-17', '2021-04-19', '2021-05-21', '2022-08'].map((d) =>
    input({ id: d, title: 't', date: parsePartialDate(d)!, until: undefined, kind: 'event', lane: 'kpn', isArticleUnderReview: false }),
  );
  const segments = computeSegments(events);
  assert.equal(segments.length, 1);
  assert.equal(segmentLabel(segments[0]!.from, segments[0]!.to), 'Mar 2021–Aug 2022');
});

test('no segment is left without an event', () => {
  for (const events of [realEvents(), denseEvents(30)]) {
    for (const segment of computeSegments(events)) assert.ok(segment.count > 0);
  }
});

test('leaders of events on the same date never cross: the rightmost lane takes the upper label', () => {
  const day = parsePartialDate('2021-04-17')!;
  const events = LANES.map((lane) => input({ id: `x-${lane.id}`, title: 'Same day', date: day, until: undefined, kind: 'event', lane: lane.id as never, isArticleUnderReview: false }));
  const chart = layoutTimeline(events, WIDE);
  const byLane = [...chart.marks].sort((a, b) => a.laneIndex - b.laneIndex);
  for (let i = 1; i < byLane.length; i += 1) assert.ok(byLane[i]!.label.top < byLane[i - 1]!.label.top);
});

test('marks of one lane that overlap in time are spread side by side, inside the lane', () => {
  const events = ['2009', '2009', '2009'].map((d, i) =>
    input({ id: `y${i}`, title: 't', date: parsePartialDate(d)!, until: undefined, kind: 'event', lane: 'kpn', isArticleUnderReview: false }),
  );
  const chart = layoutTimeline(events, WIDE);
  const xs = chart.marks.map((m) => m.x);
  assert.equal(new Set(xs).size, 3);
  const lane = chart.lanes[0]!;
  for (const x of xs) assert.ok(Math.abs(x - lane.x) < WIDE.laneWidth / 2);
});

test('tick labels suit the span: no two ticks of a segment read the same', () => {
  for (const options of [WIDE, NARROW]) {
    for (const segment of layoutTimeline(realEvents(), options).segments) {
      const labels = segment.ticks.map((tick) => tick.label);
      assert.equal(new Set(labels).size, labels.length, `${segment.label}: ${labels.join(', ')}`);
      assert.ok(labels.length >= 1, `${segment.label} has no tick`);
    }
  }
});

test('print slices share the marks out among the segments, each mark and label inside its slice', () => {
  const chart = layoutTimeline(realEvents(), WIDE);
  const slices = chart.segments.map((_, index) => sliceChart(chart, index));
  assert.equal(slices.reduce((n, slice) => n + slice.marks.length, 0), chart.marks.length);
  assert.equal(new Set(slices.flatMap((slice) => slice.marks.map((m) => m.id))).size, chart.marks.length);
  for (const slice of slices) {
    for (const mark of slice.marks) {
      assert.ok(mark.y1 >= slice.viewTop && mark.label.top >= slice.viewTop, `${mark.id} above its slice`);
      assert.ok(mark.label.top + mark.label.height <= slice.height, `${mark.id} below its slice`);
    }
  }
});
