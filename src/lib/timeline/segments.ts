import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { ENGLISH_AXIS_DATES, type AxisDates } from '../dateFormats.ts';

/**
 * The broken time axis. The events are very uneven: one a year around 2005–2018, and ten within
 * 17–21 April 2021. A single linear scale would either crush April 2021 or stretch the empty years,
 * so the axis is cut into segments, each linear in time, each as tall as its events need. The cuts
 * are drawn as axis breaks, so nobody mistakes the distances across them for time.
 */
export interface Segment {
  /** First instant of the segment (inclusive). */
  from: Date;
  /** First instant after it (exclusive). */
  to: Date;
  /** Number of events that start in it. */
  count: number;
}

/**
 * Splits [first event, last event] into segments: the densest window of `detailMonths` months
 * becomes a segment of its own (the detail), and the span before it is cut again at its largest gap
 * between events when that gap is longer than `minGapYears`.
 */
export function computeSegments(
  dates: Array<{ start: Date; end: Date }>,
  options: { detailMonths?: number; minGapYears?: number } = {},
): Segment[] {
  if (dates.length === 0) return [];
  const detailMonths = options.detailMonths ?? 3;
  const minGapYears = options.minGapYears ?? 3;
  const starts = dates.map((d) => d.start.getTime()).sort((a, b) => a - b);
  const lastEnd = Math.max(...dates.map((d) => d.end.getTime()));
  const countIn = (from: Date, to: Date) => starts.filter((t) => t >= from.getTime() && t < to.getTime()).length;

  // A short stretch, or a handful of events, reads best on one unbroken axis.
  const monthFirst = utcMonth.floor(new Date(starts[0]!));
  const monthLast = utcMonth.ceil(new Date(lastEnd));
  if (utcMonth.count(monthFirst, monthLast) <= 18) return [{ from: monthFirst, to: monthLast, count: dates.length }];
  const first = utcYear.floor(new Date(starts[0]!));
  const last = utcYear.ceil(new Date(lastEnd));
  if (dates.length < 6) return [{ from: first, to: last, count: dates.length }];

  // The densest window, on month boundaries; it earns a segment only if it holds a fair share of the events.
  let best = { from: first, count: -1 };
  for (let month = first; month < last; month = utcMonth.offset(month, 1)) {
    const count = countIn(month, utcMonth.offset(month, detailMonths));
    if (count > best.count) best = { from: month, count };
  }
  const cuts = [first, last];
  if (best.count >= Math.max(3, dates.length * 0.25)) {
    cuts.splice(1, 0, best.from, utcMonth.offset(best.from, detailMonths));
  }
  // Cut the stretch before the detail at its largest gap, if that gap is long enough to waste space.
  const detailFrom = cuts.length > 2 ? cuts[1]! : last;
  const before = starts.filter((t) => t < detailFrom.getTime());
  let widest = { gap: 0, at: 0 };
  for (let i = 1; i < before.length; i += 1) {
    const gap = before[i]! - before[i - 1]!;
    if (gap > widest.gap) widest = { gap, at: before[i]! };
  }
  if (widest.gap > minGapYears * 365.25 * 86_400_000) {
    const cut = utcYear.floor(new Date(widest.at));
    if (cut > first && cut < detailFrom) cuts.splice(1, 0, cut);
  }
  const bounds = [...new Set(cuts.map((cut) => cut.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
  const segments: Segment[] = [];
  for (let i = 1; i < bounds.length; i += 1) {
    const from = bounds[i - 1]!;
    const to = bounds[i]!;
    segments.push({ from, to, count: countIn(from, to) });
  }
  // A segment without events would only be empty paper; the axis break already says time passed.
  return segments.filter((segment) => segment.count > 0);
}

/** A segment with its vertical extent in the chart. */
export interface PlacedSegment extends Segment {
  top: number;
  bottom: number;
}

/** Maps a date to y through the segment that holds it (the last segment holds its own end). */
export function segmentedY(segments: PlacedSegment[], date: Date): number {
  const t = date.getTime();
  // A date in a gap between segments (an empty stretch was dropped) belongs to the next segment's top.
  const segment =
    segments.find((s) => t >= s.from.getTime() && t < s.to.getTime()) ??
    segments.find((s) => t < s.from.getTime()) ??
    segments.at(-1)!;
  const scale = scaleUtc().domain([segment.from, segment.to]).range([segment.top, segment.bottom]).clamp(true);
  return scale(date);
}

/** Ticks for a segment that suit its span (years over decades, months over a year or two, days over weeks). */
export function segmentTicks(segment: PlacedSegment, approxPx = 48, dates: AxisDates = ENGLISH_AXIS_DATES): Array<{ date: Date; y: number; label: string }> {
  const scale = scaleUtc().domain([segment.from, segment.to]).range([segment.top, segment.bottom]);
  const count = Math.max(2, Math.floor((segment.bottom - segment.top) / approxPx));
  const ticks = scale.ticks(count).filter((date) => date.getTime() >= segment.from.getTime() && date.getTime() < segment.to.getTime());
  // Label by what the ticks fall on, so a tick every quarter never reads "2018, 2018, 2018".
  const onYears = ticks.every((date) => date.getUTCMonth() === 0 && date.getUTCDate() === 1);
  const onMonths = ticks.every((date) => date.getUTCDate() === 1);
  // Ticks on the first of January read as a bare year ("2021"), so a year's first tick never reads "Jan 2021".
  const monthTick = (date: Date) => (date.getUTCMonth() === 0 ? dates.year(date) : dates.shortMonthYear(date));
  const format = onYears ? dates.year : onMonths ? monthTick : dates.dayShortMonth;
  return ticks.map((date) => ({ date, y: scale(date), label: format(date) }));
}

/** "2004–2013", "2021", "Mar–May 2021": the span a segment covers, its end exclusive. */
export function segmentLabel(from: Date, to: Date, dates: AxisDates = ENGLISH_AXIS_DATES): string {
  const last = new Date(to.getTime() - 1);
  const sameYear = from.getUTCFullYear() === last.getUTCFullYear();
  if (sameYear && from.getUTCMonth() === last.getUTCMonth()) return dates.shortMonthYear(from);
  const wholeYears = from.getUTCMonth() === 0 && from.getUTCDate() === 1 && to.getUTCMonth() === 0 && to.getUTCDate() === 1;
  if (wholeYears) return sameYear ? dates.year(from) : `${dates.year(from)}–${dates.year(last)}`;
  return `${sameYear ? dates.shortMonth(from) : dates.shortMonthYear(from)}–${dates.shortMonthYear(last)}`;
}
