import type { DatePrecision } from '../partialDate.ts';

/** What the timeline needs of an event: plain data, so the layout is testable without Astro. */
export interface TimelineInput {
  id: string;
  title: string;
  /** First instant the event may cover. */
  start: Date;
  /** First instant after it (exclusive). */
  end: Date;
  precision: DatePrecision;
  /** True when the date is open between two values, or the event is a period. */
  isRange: boolean;
  kind: 'event' | 'period';
  lane: string;
  isArticleUnderReview: boolean;
  /** Human date, e.g. "17 April 2021" or "2009–2010". */
  dateLabel: string;
}

export interface LaneSpec {
  id: string;
  label: string;
}
