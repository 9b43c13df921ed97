import type { ChartModel } from './layout.ts';

/** Room above a slice's segment for the lane headers (up to three lines) and the segment's label. */
const SLICE_HEADER_ROOM = 70;

/**
 * One segment of a chart as a drawing of its own, with the lane headers repeated above it. Paper
 * cannot hold the whole timeline on one A4 page legibly, and an SVG does not break across pages,
 * so the wide chart is drawn segment by segment, on paper and on screen alike.
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
