import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';

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
  const minGapYears = options.minGapYears ?? 4;
  const starts = dates.map((d) => d.start.getTime()).sort((a, b) => a - b);
  const first = utcYear.floor(new Date(starts[0]!));
  const last = utcYear.ceil(new Date(Math.max(...dates.map((d) => d.end.getTime()))));
  if (dates.length < 6) return [{ from: first, to: last, count: dates.length }];

  // The densest window, on month boundaries.
  let best = { from: first, count: -1 };
  for (let month = utcMonth.floor(first); month < last; month = utcMonth.offset(month, 1)) {
    const to = utcMonth.offset(month, detailMonths);
    const count = starts.filter((t) => t >= month.getTime() && t < to.getTime()).length;
    if (count > best.count) best = { from: month, count };
  }
  const detailFrom = best.from;
  const detailTo = utcMonth.offset(detailFrom, detailMonths);

  const cuts = [first, detailFrom, detailTo, last].filter(
    (cut, index, all) => index === 0 || cut.getTime() > all[index - 1]!.getTime(),
  );
  // Cut the stretch before the detail at its largest gap, if that gap is long enough to waste space.
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
  const segments: Segment[] = [];
  for (let i = 1; i < cuts.length; i += 1) {
    const from = cuts[i - 1]!;
    const to = cuts[i]!;
    segments.push({ from, to, count: starts.filter((t) => t >= from.getTime() && t < to.getTime()).length });
  }
  return segments.filter((segment, index) => segment.count > 0 || index === 0);
}

/** Vertical extent of each segment in the chart: tall enough for its labels, never shorter than `minHeight`. */
export interface PlacedSegment extends Segment {
  top: number;
  bottom: number;
}

export function placeSegments(segments: Segment[], options: { top: number; perEvent: number; minHeight: number; gap: number }): PlacedSegment[] {
  let y = options.top;
  return segments.map((segment) => {
    const height = Math.max(options.minHeight, segment.count * options.perEvent);
    const placed = { ...segment, top: y, bottom: y + height };
    y += height + options.gap;
    return placed;
  });
}

/** Maps a date to y through the segment that holds it (the last segment holds its own end). */
export function segmentedY(segments: PlacedSegment[], date: Date): number {
  const t = date.getTime();
  const segment =
    segments.find((s) => t >= s.from.getTime() && t < s.to.getTime()) ??
    (t < segments[0]!.from.getTime() ? segments[0]! : segments.at(-1)!);
  const scale = scaleUtc().domain([segment.from, segment.to]).range([segment.top, segment.bottom]).clamp(true);
  return scale(date);
}

/** Ticks for a segment that suit its span (years over decades, months over a year or two, days over weeks). */
export function segmentTicks(segment: PlacedSegment, approxPx = 48): Array<{ date: Date; y: number; label: string }> {
  const scale = scaleUtc().domain([segment.from, segment.to]).range([segment.top, segment.bottom]);
  const count = Math.max(2, Math.floor((segment.bottom - segment.top) / approxPx));
  const spanDays = (segment.to.getTime() - segment.from.getTime()) / 86_400_000;
  const format = spanDays > 3 * 365 ? formatYear : spanDays > 120 ? formatMonthYear : formatDayMonth;
  return scale
    .ticks(count)
    .filter((date) => date.getTime() >= segment.from.getTime() && date.getTime() < segment.to.getTime())
    .map((date) => ({ date, y: scale(date), label: format(date) }));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function formatYear(date: Date): string {
  return String(date.getUTCFullYear());
}
function formatMonthYear(date: Date): string {
  return date.getUTCMonth() === 0 ? String(date.getUTCFullYear()) : `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
function formatDayMonth(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}
