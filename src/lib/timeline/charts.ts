import type { TimelineEvent } from '../content/siteModel.ts';
import type { LaneData } from '../../schemas/story.ts';
import { toTimelineInput } from './fromEvents.ts';
import { ENGLISH_AXIS_DATES, type AxisDates } from '../dateFormats.ts';
import { layoutTimeline, sliceChart, type ChartModel, type ChartOptions } from './layout.ts';
import type { LaneSpec } from './types.ts';

/**
 * The two drawings of every timeline, as the pages ship them (the unit tests import these very
 * options): a wide one for screens and paper, a narrow one for phones. SVG text cannot re-wrap when
 * the drawing scales, so a phone needs its own drawing with its own line breaks; the wide one is
 * hidden there (display: none costs no rendering).
 * Issue 14 asked whether one drawing that adapts would do. It would not: the wide drawing scaled to
 * 320 px sets 13 px labels at about 4 px, CSS cannot move an SVG <text> or change its line breaks, and
 * labels that wrap differently need other heights, so other dodging and other leaders: a drawing that
 * adapts ships both geometries anyway, or lays itself out in the reader's browser (script work at load,
 * which is what costs the page its Lighthouse score). Measured on /timeline/ (2 December 2026): the
 * hidden drawing costs about 2.4–2.7 KB brotli and its parsing; its style, layout and paint are skipped.
 */
export const WIDE_CHART: Omit<ChartOptions, 'lanes'> = { width: 960, axisWidth: 96, laneWidth: 74, headerHeight: 44, fontSize: 13, lineHeight: 17, gutter: 56, laneHeaderChars: 11 };
export const NARROW_CHART: Omit<ChartOptions, 'lanes'> = { width: 320, axisWidth: 58, laneWidth: 15, headerHeight: 56, fontSize: 12, lineHeight: 15, gutter: 20, laneHeaderChars: 40 };

/**
 * Taller than an A4 page at print scale (about 1,250 units at 960 wide): the wide chart is drawn one
 * axis segment at a time, lane headers repeated, so that paper gets whole segments (an SVG does not
 * break across pages) and screens the same panels, rather than a whole drawing plus slices.
 */
export const PRINT_PAGE_UNITS = 1250;

/**
 * `wide`: one drawing, or one per axis segment when the chart would not fit a printed page.
 * `narrowLanes` are the same lanes with short names, for headers that stand on end in 15 px columns.
 */
export function timelineCharts(events: TimelineEvent[], lanes: LaneSpec[], narrowLanes: LaneSpec[] = lanes, dates: AxisDates = ENGLISH_AXIS_DATES): { wide: ChartModel[]; narrow: ChartModel } {
  const inputs = events.map(toTimelineInput);
  const wide = layoutTimeline(inputs, { ...WIDE_CHART, lanes, dates });
  return {
    wide: wide.height > PRINT_PAGE_UNITS ? wide.segments.map((_, index) => sliceChart(wide, index)) : [wide],
    narrow: layoutTimeline(inputs, { ...NARROW_CHART, lanes: narrowLanes, dates }),
  };
}

/**
 * The chart's lanes: the story's lanes in their order, named by their label on the wide drawing and
 * by their short label on the narrow one, where headers stand on end.
 */
export function chartLanes(lanes: LaneData[], variant: 'wide' | 'narrow'): LaneSpec[] {
  return lanes.map((lane) => ({ id: lane.id, label: variant === 'wide' ? lane.label : lane.shortLabel }));
}
