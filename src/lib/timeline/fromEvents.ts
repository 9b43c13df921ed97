import type { TimelineEvent } from '../content/siteModel.ts';
import type { TimelineInput } from './types.ts';

/** The timeline's view of an event: its full extent (to the end of `until` where there is one). */
export function toTimelineInput(event: Pick<TimelineEvent, 'id' | 'title' | 'date' | 'until' | 'kind' | 'lane' | 'isArticleUnderReview' | 'dateLabel'>): TimelineInput {
  const last = event.until ?? event.date;
  return {
    id: event.id,
    title: event.title,
    start: event.date.start,
    end: last.end,
    precision: event.date.precision,
    isRange: event.until !== undefined,
    kind: event.kind,
    lane: event.lane,
    isArticleUnderReview: event.isArticleUnderReview,
    dateLabel: event.dateLabel,
  };
}
