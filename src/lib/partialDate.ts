/**
 * Dates in this fact-check are only as precise as the sources allow: a year, a month or a day.
 * A partial date keeps that precision so that no component turns "2009" into a false 1 January.
 */
import { formatDayMonthYear, formatMonthYear, formatYear } from './dateFormats.ts';

/** How precisely a date is known. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date known to a given precision, with the interval it covers (UTC, end exclusive). */
export interface PartialDate {
  /** The date as written in the content: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  iso: string;
  precision: DatePrecision;
  /** First instant of the year, month or day. */
  start: Date;
  /** First instant after it (exclusive end). */
  end: Date;
}

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined for anything else, impossible days included. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month === undefined) {
    return { iso: text, precision: 'year', start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  }
  if (day === undefined) {
    return { iso: text, precision: 'month', start: utc(year, month - 1, 1), end: utc(year, month, 1) };
  }
  const start = utc(year, month - 1, day);
  // Date.UTC rolls 2021-02-30 over into March: reject it rather than publish a date nobody wrote.
  if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return undefined;
  return { iso: text, precision: 'day', start, end: utc(year, month - 1, day + 1) };
}

function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

const FORMAT_BY_PRECISION: Record<DatePrecision, (date: Date) => string> = { year: formatYear, month: formatMonthYear, day: formatDayMonthYear };

/** Formats a partial date for readers at its own precision: "2009", "April 2021", "17 April 2021". */
export function formatPartialDate(date: Pick<PartialDate, 'precision' | 'start'>): string {
  return FORMAT_BY_PRECISION[date.precision](date.start);
}

/** Formats a span of two partial dates: "2009–2010", "1 June – 29 September 2021". */
export function formatPartialDateRange(from: PartialDate, to?: PartialDate | undefined): string {
  if (!to) return formatPartialDate(from);
  return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
}

/** Orders partial dates by their start, then the more precise first, so that sorting is stable. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const byStart = a.start.getTime() - b.start.getTime();
  if (byStart !== 0) return byStart;
  return a.end.getTime() - b.end.getTime();
}
