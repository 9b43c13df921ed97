import { labelsOverlap, placeLabels, wrapText, wrapToWidth } from './labels.ts';
import { elbowLeader, spreadAnchors, type LeaderPoints } from './leaders.ts';
import type { AxisDates } from '../dateFormats.ts';
import { computeSegments, segmentLabel, segmentTicks, segmentedY, type PlacedSegment } from './segments.ts';
import { dodgeWithinLanes, type DodgeMark } from './dodge.ts';
import type { LaneSpec, TimelineInput } from './types.ts';

export { segmentLabel } from './segments.ts';
export { sliceChart } from './slice.ts';

/**
 * The timeline as positioned marks, labels, lanes, axis segments and bands: events in, geometry out.
 * Time runs down the page (a vertical layout reads at 320 px as well as at 1280 px); actors are
 * columns, told apart by position, their header and their colour.
 */
export interface ChartOptions {
  width: number;
  /** Width of the date axis at the left. */
  axisWidth: number;
  /** Width of one lane column. */
  laneWidth: number;
  /** Height of the lane headers. */
  headerHeight: number;
  /** Label font size (text is measured at it) and line height. */
  fontSize: number;
  lineHeight: number;
  /** From the right edge of the lanes to the labels: where leaders bend. */
  gutter: number;
  lanes: LaneSpec[];
  /** Characters per line of a lane header. */
  laneHeaderChars: number;
  /** The axis's words (segment spans, ticks) in the page's language; English when not given. */
  dates?: AxisDates;
}

/** A placed mark: what dodging moves (id, lane, x, top and bottom, equal for a point; shape), and more. */
export interface ChartMark extends DodgeMark {
  /** The date is known to the day; else to the month or year, or open between two dates. */
  precision: 'day' | 'month' | 'year';
  isRange: boolean;
  isPeriod: boolean;
  isArticleUnderReview: boolean;
  label: { x: number; top: number; height: number; lines: string[] };
  /** Leader from the mark to its label: an elbow of straight segments. */
  leader: LeaderPoints;
  /** The area that takes the pointer and shows keyboard focus: the mark and its label together. */
  hit: { x: number; y: number; width: number; height: number };
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

export const SEGMENT_GAP = 40;
/** Room between the lane headers and the first segment, for the first segment's label. */
const FIRST_SEGMENT_OFFSET = 26;
const MIN_SEGMENT = 72;
const LABEL_GAP = 4;
const MIN_SPAN = 6;
/** Half the height of a dot: a leader may leave it anywhere within. */
export const POINT_RADIUS = 5;
/** Where a leader meets its label: the middle of the first line, as a share of the line height. */
const LEADER_END = 0.55;
/** Room kept free at the right edge, so no label touches it. */
const RIGHT_MARGIN = 4;

/** Coordinates as written into the SVG: a tenth of a unit is finer than any screen shows, and short. */
export const round = (value: number) => Math.round(value * 10) / 10;
/**
 * Heights (y) as written into the SVG: whole units. A unit is a CSS pixel at the drawing's own width,
 * and time runs down the page, so half a unit is at most a few days on the sparsest segment and far
 * less than a mark's size; whole numbers are the fewest bytes (issue 14: the page's HTML, brotli).
 * Across (x) the tenths stay: lane lines sit on half units so that a 1-unit stroke stays crisp.
 */
export const whole = (value: number) => Math.round(value);

export function layoutTimeline(input: TimelineInput[], options: ChartOptions): ChartModel {
  const laneIndex = new Map(options.lanes.map((lane, index) => [lane.id, index]));
  for (const event of input) {
    if (!laneIndex.has(event.lane)) throw new Error(`Event "${event.id}" is in lane "${event.lane}", which the chart does not have`);
  }
  // One order whatever order the events come in: the drawing must not depend on it.
  const events = [...input].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || laneIndex.get(a.lane)! - laneIndex.get(b.lane)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const plotLeft = options.axisWidth;
  const plotRight = plotLeft + options.lanes.length * options.laneWidth;
  const labelX = plotRight + options.gutter;
  const gutterX = plotRight + 3;
  const labelWidth = options.width - labelX - RIGHT_MARGIN;

  const wrapped = new Map(
    events.map((event) => {
      const lines = wrapToWidth(`${event.dateLabel}: ${event.title}`, labelWidth, options.fontSize);
      return [event.id, { lines, height: lines.length * options.lineHeight }];
    }),
  );
  const rawSegments = computeSegments(events);
  const inSegment = (from: Date, to: Date) => events.filter((event) => event.start >= from && event.start < to);
  // Each segment is as tall as the labels of its events need, so labels stay beside their marks.
  let y = options.headerHeight + FIRST_SEGMENT_OFFSET;
  const placedSegments: PlacedSegment[] = rawSegments.map((segment) => {
    const need = inSegment(segment.from, segment.to).reduce((sum, event) => sum + wrapped.get(event.id)!.height + LABEL_GAP, 0);
    const height = Math.max(MIN_SEGMENT, need + options.lineHeight);
    const placed = { ...segment, top: y, bottom: y + height };
    y += height + SEGMENT_GAP;
    return placed;
  });
  const segments: ChartSegment[] = placedSegments.map((segment) => ({
    ...segment,
    label: segmentLabel(segment.from, segment.to, options.dates),
    ticks: segmentTicks(segment, undefined, options.dates).map(({ y: tickY, label }) => ({ y: whole(tickY), label })),
  }));
  const height = (placedSegments.at(-1)?.bottom ?? y) + 12;

  const marks: ChartMark[] = [];
  for (const segment of placedSegments) {
    // A mark stays inside its segment: a period running past the cut is drawn to the cut (its label gives both ends).
    const clampY = (value: number) => Math.max(segment.top, Math.min(segment.bottom, value));
    const own = inSegment(segment.from, segment.to).map((event) => {
      const y1 = clampY(segmentedY(placedSegments, event.start));
      // The end is exclusive: the last instant covered sits just before it.
      let y2 = clampY(segmentedY(placedSegments, new Date(event.end.getTime() - 1)));
      const point = event.precision === 'day' && !event.isRange;
      if (point) y2 = y1;
      else if (y2 - y1 < MIN_SPAN) {
        y2 = Math.min(segment.bottom, y1 + MIN_SPAN);
        if (y2 - MIN_SPAN < segment.top) y2 = segment.top + MIN_SPAN;
      }
      const top = Math.min(y1, y2 - (point ? 0 : MIN_SPAN));
      const lane = laneIndex.get(event.lane)!;
      const desired = point ? y1 : Math.min((top + y2) / 2, top + 10);
      const [min, max] = point ? [y1 - POINT_RADIUS + 1, y1 + POINT_RADIUS - 1] : [top + 1.5, y2 - 1.5];
      return { event, lane, y1: top, y2, point, desired, min, max };
    });
    // Leaders leave in order of height; on a tie the rightmost lane leaves highest, then by id.
    own.sort((a, b) => a.desired - b.desired || b.lane - a.lane || (a.event.id < b.event.id ? -1 : 1));
    const anchors = coarsestAnchors(spreadAnchors(own.map(({ event, desired, min, max }) => ({ id: event.id, desired, min, max }))), own);
    const labels = placeLabels(
      own.map(({ event }, i) => ({ id: event.id, desired: anchors[i]! - options.lineHeight * LEADER_END, height: wrapped.get(event.id)!.height })),
      { min: segment.top - options.lineHeight / 2, max: segment.bottom + options.lineHeight / 2, gap: LABEL_GAP },
    );
    own.forEach(({ event, lane, y1, y2, point }, i) => {
      const label = labels[i]!;
      marks.push({
        id: event.id,
        laneIndex: lane,
        x: plotLeft + lane * options.laneWidth + options.laneWidth / 2,
        y1: whole(y1),
        y2: whole(y2),
        shape: point ? 'point' : 'span',
        precision: event.precision,
        isRange: event.isRange,
        isPeriod: event.kind === 'period',
        isArticleUnderReview: event.isArticleUnderReview,
        label: { x: labelX, top: whole(label.top), height: label.height, lines: wrapped.get(event.id)!.lines },
        leader: [[0, anchors[i]!], [gutterX, anchors[i]!], [labelX - 3, whole(label.top) + options.lineHeight * LEADER_END]],
        hit: { x: 0, y: 0, width: 0, height: 0 },
        dateLabel: event.dateLabel,
        title: event.title,
      });
    });
  }
  dodgeWithinLanes(marks, options.laneWidth);
  for (const mark of marks) finishMark(mark, options.width, gutterX);
  if (labelsOverlap(marks.map((mark) => mark.label))) {
    throw new Error('Timeline labels overlap: the layout must be fixed before publishing');
  }

  const bands: ChartBand[] = events
    .filter((event) => event.kind === 'period')
    .map((event) => {
      const top = segmentedY(placedSegments, event.start);
      return {
        id: event.id,
        top: whole(top),
        bottom: whole(Math.max(segmentedY(placedSegments, new Date(event.end.getTime() - 1)), top + MIN_SPAN)),
        x1: plotLeft,
        x2: plotRight,
      };
    })
    .sort((a, b) => a.top - b.top || (a.id < b.id ? -1 : 1));

  return {
    width: options.width,
    viewTop: 0,
    height: whole(height),
    headerBottom: whole((placedSegments[0]?.top ?? options.headerHeight) - 24),
    lanes: options.lanes.map((lane, index) => ({
      ...lane,
      x: plotLeft + index * options.laneWidth + options.laneWidth / 2,
      headerLines: wrapText(lane.label, options.laneHeaderChars),
    })),
    segments,
    breaks: placedSegments.slice(1).map((segment) => zigzag(whole(segment.top - SEGMENT_GAP + 10), plotLeft, plotRight)),
    lineHeight: options.lineHeight,
    bands,
    marks,
    plotLeft,
    plotRight,
    labelX,
  };
}

/**
 * The geometry that depends on a mark's final x (after dodging): where its leader starts (just off
 * the mark, never past the gutter), rounded as written, and its hit area (whole units).
 */
function finishMark(mark: ChartMark, width: number, gutterX: number): void {
  const start = Math.min(mark.x + (mark.shape === 'point' ? POINT_RADIUS : 4) + 1.5, gutterX - 1);
  const [[, anchor], [gx], [lx, ly]] = mark.leader as [[number, number], [number, number], [number, number]];
  // The anchor is written as coarsestAnchors() rounded it (a crowd may set leaders a fraction of a
  // unit apart); the end meets the label's first line, in whole units like the label.
  mark.leader = elbowLeader(round(start), anchor, round(gx), round(lx), whole(ly));
  mark.x = round(mark.x);
  const top = Math.min(mark.y1, mark.label.top) - 3;
  const bottom = Math.max(mark.y2, mark.label.top + mark.label.height) + 3;
  // The hit area in whole units, rounded outwards so it still covers mark and label: a pointer target
  // needs no tenths, and about a hundred of them are written per drawing.
  const [hitLeft, hitTop, hitRight, hitBottom] = [Math.floor(mark.x - 9), Math.floor(top), Math.ceil(width - 2), Math.ceil(bottom)];
  mark.hit = { x: hitLeft, y: hitTop, width: hitRight - hitLeft, height: hitBottom - hitTop };
}

/**
 * The leaders' heights of one segment, rounded as coarsely as they allow: whole units where that keeps
 * every leader at a height of its own (so that no two can meet) and on its mark, else tenths, else
 * hundredths, which is what a crowd of one day needs.
 */
function coarsestAnchors(anchors: number[], extents: Array<{ min: number; max: number }>): number[] {
  for (const step of [1, 10, 100]) {
    const rounded = anchors.map((y) => Math.round(y * step) / step);
    const apart = rounded.every((y, i) => i === 0 || y > rounded[i - 1]!);
    const onMark = rounded.every((y, i) => y >= extents[i]!.min - 0.5 && y <= extents[i]!.max + 0.5);
    if (apart && onMark) return rounded;
  }
  return anchors.map((y) => Math.round(y * 100) / 100);
}

/** An axis break: a zig-zag across the lanes, so no one reads distance across it as time. */
function zigzag(y: number, left: number, right: number): string {
  const points: string[] = [];
  for (let x = left - 6, i = 0; x <= right + 6; x += 8, i += 1) points.push(`${x},${y + (i % 2 ? -4 : 4)}`);
  return `M${points.join('L')}`;
}
