import type { TimelineEvent } from '../content/siteModel.ts';
import { toTimelineInput } from './fromEvents.ts';
import { layoutTimeline, type ChartModel, type ChartOptions } from './layout.ts';
import type { LaneSpec } from './types.ts';

/** The two drawings of every timeline: a wide one for screens and paper, a narrow one for phones. */
const WIDE: Omit<ChartOptions, 'lanes'> = { width: 960, axisWidth: 96, laneWidth: 74, headerHeight: 44, fontSize: 13, lineHeight: 17, charWidth: 6.9, laneHeaderChars: 11 };
const NARROW: Omit<ChartOptions, 'lanes'> = { width: 320, axisWidth: 58, laneWidth: 15, headerHeight: 56, fontSize: 12, lineHeight: 15, charWidth: 6.3, laneHeaderChars: 40 };

/** `narrowLanes` are the same lanes with short names, for headers that stand on end in 15 px columns. */
export function timelineCharts(events: TimelineEvent[], lanes: LaneSpec[], narrowLanes: LaneSpec[] = lanes): { wide: ChartModel; narrow: ChartModel } {
  const inputs = events.map(toTimelineInput);
  return {
    wide: layoutTimeline(inputs, { ...WIDE, lanes }),
    narrow: layoutTimeline(inputs, { ...NARROW, lanes: narrowLanes }),
  };
}
