import { labelsOverlap, placeLabels, wrapText } from './labels.ts';
import { computeSegments, segmentTicks, segmentedY, type PlacedSegment } from './segments.ts';
import type { LaneSpec, TimelineInput } from './types.ts';

/**
 * The timeline as positioned marks, labels, lanes, axis segments and bands: events in, geometry out.
 * Time runs down the page (a vertical layout reads at 320 px as well as at 1280 px); actors are
 * columns, told apart by position and their header, not by colour.
 */
export interface ChartOptions {
  width: number;
  /** Width of the date axis at the left. */
  axisWidth: number;
  /** Width of one lane column. */
  laneWidth: number;
  /** Height of the lane headers. */
  headerHeight: number;
  /** Label font size and line height, and an average glyph width for wrapping. */
  fontSize: number;
  lineHeight: number;
  charWidth: number;
  lanes: LaneSpec[];
  /** Characters per line of a lane header. */
  laneHeaderChars: number;
}

export interface ChartMark {
  id: string;
  laneIndex: number;
  x: number;
  /** Top and bottom of the mark: equal for a point. */
  y1: number;
  y2: number;
  shape: 'point' | 'span';
  isRange: boolean;
  isPeriod: boolean;
  isArticleUnderReview: boolean;
  label: { x: number; top: number; height: number; lines: string[] };
  /** Leader from the mark to its label. */
  leader: { x1: number; y1: number; x2: number; y2: number };
  /** The area that takes the pointer and shows keyboard focus: the mark and its label together. */
  hit: { x: number; y: number; width: number; height: number };
  /** The article under review's diamond, as an SVG path; absent for other events. */
  diamond?: string | undefined;
  dateLabel: string;
  title: string;
}

export interface ChartBand {
  id: string;
  top: number;
  bottom: number;
  x1: number;
  x2: number;
}

export interface ChartSegment extends PlacedSegment {
  label: string;
  ticks: Array<{ y: number; label: string }>;
}

export interface ChartModel {
  width: number;
  /** The drawing covers y from viewTop to height (0 for a whole chart; a slice starts lower). */
  viewTop: number;
  height: number;
  /** Baseline of the lane headers. */
  headerBottom: number;
  lanes: Array<LaneSpec & { x: number; headerLines: string[] }>;
  segments: ChartSegment[];
  /** Axis breaks, drawn between segments, as SVG zig-zag paths. */
  breaks: string[];
  /** Line height of the labels. */
  lineHeight: number;
  bands: ChartBand[];
  marks: ChartMark[];
  plotLeft: number;
  plotRight: number;
  labelX: number;
}

const SEGMENT_GAP = 40;
/** Room between the lane headers and the first segment, for the first segment's label. */
const FIRST_SEGMENT_OFFSET = 26;
const MIN_SEGMENT = 72;
const LABEL_GAP = 4;
const MIN_SPAN = 6;

export function layoutTimeline(events: TimelineInput[], options: ChartOptions): ChartModel {
  const laneIndex = new Map(options.lanes.map((lane, index) => [lane.id, index]));
  const plotLeft = options.axisWidth;
  const plotRight = plotLeft + options.lanes.length * options.laneWidth;
  const labelX = plotRight + 10;
  const maxChars = Math.max(8, Math.floor((options.width - labelX - 4) / options.charWidth));

  const wrapped = new Map(
    events.map((event) => {
      const lines = wrapText(`${event.dateLabel}: ${event.title}`, maxChars);
      return [event.id, { lines, height: lines.length * options.lineHeight }];
    }),
  );
  const rawSegments = computeSegments(events);
  const need = (from: Date, to: Date) =>
    events
      .filter((event) => event.start >= from && event.start < to)
      .reduce((sum, event) => sum + wrapped.get(event.id)!.height + LABEL_GAP, 0);
  // Each segment is as tall as the labels of its events need, so labels stay beside their marks.
  let y = options.headerHeight + FIRST_SEGMENT_OFFSET;
  const placedSegments: PlacedSegment[] = rawSegments.map((segment) => {
    const height = Math.max(MIN_SEGMENT, need(segment.from, segment.to) + options.lineHeight);
    const placed = { ...segment, top: y, bottom: y + height };
    y += height + SEGMENT_GAP;
    return placed;
  });
  const segments: ChartSegment[] = placedSegments.map((segment) => ({
    ...segment,
    label: segmentLabel(segment.from, segment.to),
    ticks: segmentTicks(segment).map(({ y: tickY, label }) => ({ y: tickY, label })),
  }));
  const height = (placedSegments.at(-1)?.bottom ?? y) + 12;

  const marks: ChartMark[] = [];
  for (const segment of placedSegments) {
    const inSegment = events.filter((event) => event.start >= segment.from && event.start < segment.to);
    const geometry = new Map(
      inSegment.map((event) => {
        const y1 = segmentedY(placedSegments, event.start);
        // The end is exclusive: the last instant covered sits just before it.
        let y2 = segmentedY(placedSegments, new Date(event.end.getTime() - 1));
        const point = event.precision === 'day' && !event.isRange;
        if (!point && y2 - y1 < MIN_SPAN) y2 = y1 + MIN_SPAN;
        return [event.id, { y1, y2: point ? y1 : y2, point }];
      }),
    );
    const labels = placeLabels(
      inSegment.map((event) => {
        const { y1, y2 } = geometry.get(event.id)!;
        const { height: labelHeight } = wrapped.get(event.id)!;
        const anchor = Math.min((y1 + y2) / 2, y1 + 10);
        // On a tie, the rightmost lane takes the upper label, so leaders from one date never cross.
        const lane = laneIndex.get(event.lane) ?? 0;
        return { id: event.id, desired: anchor - options.lineHeight / 2 - lane * 1e-3, height: labelHeight };
      }),
      { min: segment.top - options.lineHeight / 2, max: segment.bottom + options.lineHeight / 2, gap: LABEL_GAP },
    );
    const labelById = new Map(labels.map((label) => [label.id, label]));
    for (const event of inSegment) {
      const { y1, y2, point } = geometry.get(event.id)!;
      const lane = laneIndex.get(event.lane);
      if (lane === undefined) throw new Error(`Event "${event.id}" is in lane "${event.lane}", which the chart does not have`);
      const x = plotLeft + lane * options.laneWidth + options.laneWidth / 2;
      const label = labelById.get(event.id)!;
      const anchor = Math.min((y1 + y2) / 2, y1 + 10);
      marks.push({
        id: event.id,
        laneIndex: lane,
        x,
        y1,
        y2,
        shape: point ? 'point' : 'span',
        isRange: event.isRange,
        isPeriod: event.kind === 'period',
        isArticleUnderReview: event.isArticleUnderReview,
        label: { x: labelX, top: label.top, height: label.height, lines: wrapped.get(event.id)!.lines },
        leader: { x1: x + 7, y1: anchor, x2: labelX - 3, y2: label.top + options.lineHeight * 0.65 },
        hit: { x: 0, y: 0, width: 0, height: 0 },
        dateLabel: event.dateLabel,
        title: event.title,
      });
    }
  }
  dodgeWithinLanes(marks, options.laneWidth);
  for (const mark of marks) finishMark(mark, options.width);
  if (labelsOverlap(marks.map((mark) => mark.label))) {
    throw new Error('Timeline labels overlap: the layout must be fixed before publishing');
  }

  const bands: ChartBand[] = events
    .filter((event) => event.kind === 'period')
    .map((event) => ({
      id: event.id,
      top: segmentedY(placedSegments, event.start),
      bottom: Math.max(segmentedY(placedSegments, new Date(event.end.getTime() - 1)), segmentedY(placedSegments, event.start) + MIN_SPAN),
      x1: plotLeft,
      x2: plotRight,
    }))
    .sort((a, b) => a.top - b.top);

  return {
    width: options.width,
    viewTop: 0,
    height,
    headerBottom: (placedSegments[0]?.top ?? options.headerHeight) - 24,
    lanes: options.lanes.map((lane, index) => ({
      ...lane,
      x: plotLeft + index * options.laneWidth + options.laneWidth / 2,
      headerLines: wrapText(lane.label, options.laneHeaderChars),
    })),
    segments,
    breaks: placedSegments.slice(1).map((segment) => zigzag(segment.top - SEGMENT_GAP + 10, plotLeft, plotRight)),
    lineHeight: options.lineHeight,
    bands,
    marks,
    plotLeft,
    plotRight,
    labelX,
  };
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2004–2013", "2021", "Mar–May 2021": the span a segment covers, its end exclusive. */
export function segmentLabel(from: Date, to: Date): string {
  const last = new Date(to.getTime() - 1);
  const sameYear = from.getUTCFullYear() === last.getUTCFullYear();
  if (sameYear && from.getUTCMonth() === last.getUTCMonth()) return `${SHORT_MONTHS[from.getUTCMonth()]} ${from.getUTCFullYear()}`;
  const wholeYears = from.getUTCMonth() === 0 && from.getUTCDate() === 1 && to.getUTCMonth() === 0 && to.getUTCDate() === 1;
  if (wholeYears) return sameYear ? String(from.getUTCFullYear()) : `${from.getUTCFullYear()}–${last.getUTCFullYear()}`;
  const fromLabel = `${SHORT_MONTHS[from.getUTCMonth()]}${sameYear ? '' : ` ${from.getUTCFullYear()}`}`;
  return `${fromLabel}–${SHORT_MONTHS[last.getUTCMonth()]} ${last.getUTCFullYear()}`;
}

/**
 * Marks of one lane whose extents overlap (three KPN events "in 2009") would hide each other:
 * they are spread side by side within the lane, greedily, in order of their start.
 */
export function dodgeWithinLanes(marks: ChartMark[], laneWidth: number): void {
  const lanes = new Map<number, ChartMark[]>();
  for (const mark of marks) lanes.set(mark.laneIndex, [...(lanes.get(mark.laneIndex) ?? []), mark]);
  for (const laneMarks of lanes.values()) {
    const sorted = [...laneMarks].sort((a, b) => a.y1 - b.y1 || a.y2 - b.y2 || a.id.localeCompare(b.id));
    // Each column remembers where its last mark ends; a mark takes the first column free at its top.
    const columnEnds: number[] = [];
    const column = new Map<string, number>();
    const groups: ChartMark[][] = [];
    let group: ChartMark[] = [];
    let groupEnd = -Infinity;
    for (const mark of sorted) {
      const top = mark.y1 - 6;
      const bottom = mark.y2 + 6;
      if (top >= groupEnd && group.length > 0) {
        groups.push(group);
        group = [];
        columnEnds.length = 0;
      }
      let index = columnEnds.findIndex((end) => end <= top);
      if (index === -1) index = columnEnds.push(bottom) - 1;
      else columnEnds[index] = bottom;
      column.set(mark.id, index);
      group.push(mark);
      groupEnd = Math.max(groupEnd, bottom);
    }
    if (group.length > 0) groups.push(group);
    for (const members of groups) {
      const columns = Math.max(...members.map((mark) => column.get(mark.id)!)) + 1;
      if (columns === 1) continue;
      const step = Math.min(12, (laneWidth - 4) / columns);
      for (const mark of members) {
        const offset = (column.get(mark.id)! - (columns - 1) / 2) * step;
        mark.x += offset;
        mark.leader.x1 += offset;
      }
    }
  }
}

/** Room above a slice's segment for the lane headers (up to three lines) and the segment's label. */
const SLICE_HEADER_ROOM = 70;

/**
 * One segment of a chart as a drawing of its own, with the lane headers repeated above it. Paper
 * cannot hold the whole timeline on one A4 page legibly, and an SVG does not break across pages,
 * so the print edition draws the chart segment by segment.
 */
export function sliceChart(chart: ChartModel, index: number): ChartModel {
  const segment = chart.segments[index];
  if (!segment) throw new Error(`The chart has no segment ${index}`);
  const marks = chart.marks.filter((mark) => mark.y1 >= segment.top - 0.5 && mark.y1 <= segment.bottom + 0.5);
  const lowest = Math.max(segment.bottom, ...marks.map((mark) => Math.max(mark.y2, mark.label.top + mark.label.height)));
  return {
    ...chart,
    viewTop: segment.top - SLICE_HEADER_ROOM,
    height: lowest + 8,
    headerBottom: segment.top - 24,
    segments: [segment],
    breaks: [],
    bands: chart.bands.filter((band) => band.bottom >= segment.top && band.top <= segment.bottom),
    marks,
  };
}

/** The geometry that depends on a mark's final x (after dodging): its hit area and, for the article, its diamond. */
function finishMark(mark: ChartMark, width: number): void {
  const top = Math.min(mark.y1, mark.label.top) - 3;
  const bottom = Math.max(mark.y2, mark.label.top + mark.label.height) + 3;
  mark.hit = { x: mark.x - 9, y: top, width: width - mark.x + 7, height: bottom - top };
  if (mark.isArticleUnderReview) {
    const [x, y, r] = [mark.x, (mark.y1 + mark.y2) / 2, 8];
    mark.diamond = `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;
  }
}

/** An axis break: a zig-zag across the lanes, so no one reads distance across it as time. */
function zigzag(y: number, left: number, right: number): string {
  const points: string[] = [];
  for (let x = left - 6, i = 0; x <= right + 6; x += 8, i += 1) points.push(`${x},${y + (i % 2 ? -4 : 4)}`);
  return `M${points.join('L')}`;
}
