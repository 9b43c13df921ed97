import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel } from '../content/siteModel.ts';
import { fixtureContent } from '../content/testFixture.ts';
import { parsePartialDate } from '../partialDate.ts';
import { toTimelineInput } from './fromEvents.ts';
import { computeSegments, segmentedY, segmentLabel, segmentTicks, type PlacedSegment, type Segment } from './segments.ts';
import { denseEvents } from './fixtures.test-helpers.ts';

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

/** The fixture story with its events replaced by events on these dates ("2009", "2021-04", "2009/2010" for a period), through the real model. */
function eventsOn(dates: string[]) {
  const content = fixtureContent();
  const [template] = content.events;
  content.events = dates.map((text, i) => {
    const [date, until] = text.split('/');
    return { id: `e${i}`, data: { ...template!.data, title: `Event ${i}`, date: parsePartialDate(date!)!, ...(until ? { until: parsePartialDate(until)!, kind: 'period' } : {}) } };
  }) as typeof content.events;
  for (const claim of content.claims) claim.data.events = [];
  return buildSiteModel(content).events.map(toTimelineInput);
}

const spans = (segments: Segment[]) => segments.map(({ from, to, count }) => [from.toISOString().slice(0, 10), to.toISOString().slice(0, 10), count]);

/** What holds for any events: ordered, disjoint segments that hold every event's start once. */
function assertCoversEveryEvent(events: Array<{ id: string; start: Date }>, segments: Segment[]) {
  for (let i = 1; i < segments.length; i += 1) assert.ok(segments[i - 1]!.to <= segments[i]!.from, `segment ${i} overlaps the one before`);
  for (const event of events) {
    const holders = segments.filter((segment) => event.start >= segment.from && event.start < segment.to);
    assert.equal(holders.length, 1, `${event.id} (${event.start.toISOString()}) is in ${holders.length} segments`);
  }
  assert.equal(segments.reduce((sum, segment) => sum + segment.count, 0), events.length);
  assert.ok(segments.every((segment) => segment.count > 0), 'an empty segment is drawn');
}

test('no events, no axis', () => {
  assert.deepEqual(computeSegments([]), []);
});

test('events within eighteen months share one unbroken axis, from the first month to the end of the last', () => {
  const events = eventsOn(['2021-04-17', '2021-06', '2022-01-05']);
  assert.deepEqual(spans(computeSegments(events)), [['2021-04-01', '2022-02-01', 3]]);
});

test('a handful of events over years share one axis on whole years, a period counted once', () => {
  // The fixture's own events: a period 2009–2010 and a day in April 2021.
  const events = buildSiteModel(fixtureContent()).events.map(toTimelineInput);
  assert.deepEqual(spans(computeSegments(events)), [['2009-01-01', '2022-01-01', 2]]);
});

test('a dense cluster gets a detail segment of three months, and the long empty stretch before it is cut', () => {
  const events = eventsOn(['2004', '2005-06', '2006-03-01', '2015', '2016-09', '2021-04-15', '2021-04-16', '2021-04-17', '2021-04-19', '2021-04-21']);
  // The first three-month window holding all five April events starts in February; the widest gap
  // before it (2006 → 2015, nine years) is cut at the start of 2015; May–December 2021 is empty and dropped.
  assert.deepEqual(spans(computeSegments(events)), [
    ['2004-01-01', '2015-01-01', 3],
    ['2015-01-01', '2021-02-01', 2],
    ['2021-02-01', '2021-05-01', 5],
  ]);
});

test('gaps of a few years are not cut, and a cluster of two among ten is no detail', () => {
  const yearly = eventsOn(['2014', '2015', '2016', '2017', '2018', '2021-04-15', '2021-04-16', '2021-04-17', '2021-04-19', '2021-04-21']);
  assert.deepEqual(spans(computeSegments(yearly)), [['2014-01-01', '2021-02-01', 5], ['2021-02-01', '2021-05-01', 5]]);
  const spread = eventsOn(['2000', '2001', '2002', '2003', '2004', '2005', '2006', '2007', '2008-03-01', '2008-03-02']);
  assert.deepEqual(spans(computeSegments(spread)), [['2000-01-01', '2009-01-01', 10]]);
  // The thresholds are options: a one-year gap is cut when one year is the limit.
  assert.equal(computeSegments(yearly, { minGapYears: 0.5 }).length, 3);
});

test('any events, however uneven: ordered, disjoint segments holding each event once, none empty', () => {
  for (const seed of [1, 2]) {
    for (const n of [6, 40]) {
      const events = denseEvents(n, seed);
      assertCoversEveryEvent(events, computeSegments(events));
    }
  }
  const events = eventsOn(['2004', '2005-06', '2006-03-01', '2015', '2016-09', '2021-04-15', '2021-04-16', '2021-04-17', '2021-04-19/2021-05']);
  assertCoversEveryEvent(events, computeSegments(events));
});

const placed: PlacedSegment[] = [
  { from: utc(2004), to: utc(2015), count: 3, top: 100, bottom: 320 },
  // 2015 to February 2021 was empty and dropped.
  { from: utc(2021, 2), to: utc(2021, 5), count: 5, top: 340, bottom: 520 },
];

test('a date maps to y linearly inside the segment that holds it, and never outside the chart', () => {
  const cases: Array<[Date, number]> = [
    [utc(2004), 100],
    [new Date((utc(2004).getTime() + utc(2015).getTime()) / 2), 210],
    [utc(2015), 340], // in the dropped stretch: the top of the next segment
    [utc(2018, 6, 1), 340],
    [utc(2021, 2), 340],
    [utc(2021, 5), 520], // the end of the last segment is its bottom
    [utc(1990), 100], // before the axis: its top
    [utc(2030), 520], // after it: its bottom
  ];
  for (const [date, y] of cases) assert.ok(Math.abs(segmentedY(placed, date) - y) < 1e-6, `${date.toISOString()} → ${segmentedY(placed, date)}, not ${y}`);
});

test('ticks fall inside their segment, top to bottom, labelled by what they fall on', () => {
  const table: Array<[PlacedSegment, RegExp]> = [
    [placed[0]!, /^\d{4}$/],
    [placed[1]!, /^[A-Z][a-z]{2} 2021$/],
    [{ from: utc(2021, 4, 15), to: utc(2021, 4, 22), count: 9, top: 0, bottom: 300 }, /^\d{1,2} Apr$/],
  ];
  for (const [segment, label] of table) {
    const ticks = segmentTicks(segment);
    assert.ok(ticks.length >= 2, `${segment.from.toISOString()}: ${ticks.length} ticks`);
    for (const [i, tick] of ticks.entries()) {
      assert.ok(tick.date >= segment.from && tick.date < segment.to, tick.date.toISOString());
      assert.ok(tick.y >= segment.top && tick.y <= segment.bottom, `${tick.label} at ${tick.y}`);
      if (i > 0) assert.ok(tick.y > ticks[i - 1]!.y, `${tick.label} is not below the tick before`);
      assert.match(tick.label, label);
    }
  }
  // Ticks across New Year: the year's first month reads as the bare year.
  const labels = segmentTicks({ from: utc(2020, 11), to: utc(2021, 3), count: 4, top: 0, bottom: 200 }).map((tick) => tick.label);
  assert.deepEqual(labels, ['Nov 2020', 'Dec 2020', '2021', 'Feb 2021']);
});

test('a segment is labelled by the span it covers, its end exclusive', () => {
  const table: Array<[Date, Date, string]> = [
    [utc(2004), utc(2015), '2004–2014'],
    [utc(2021), utc(2022), '2021'],
    [utc(2021, 2), utc(2021, 5), 'Feb–Apr 2021'],
    [utc(2021, 4), utc(2021, 5), 'Apr 2021'],
    [utc(2020, 11), utc(2021, 3), 'Nov 2020–Feb 2021'],
  ];
  for (const [from, to, label] of table) assert.equal(segmentLabel(from, to), label);
});
