import type { PartialDate } from '../partialDate.ts';
import type { AxisDates } from '../dateFormats.ts';

/**
 * Dates for Dutch readers, at their own precision, as Dutch newsrooms write them: "2009",
 * "april 2021", "17 april 2021" (months in lower case), spans "2009 – 2010". The same
 * precision rules as the English formatter in ../dateFormats.ts; the words come from the
 * platform's Dutch calendar data (Intl, in UTC, so a date never slips to the day before).
 */
const DAY = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatPartialDateNl(date: Pick<PartialDate, 'precision' | 'start'>): string {
  if (date.precision === 'year') return String(date.start.getUTCFullYear());
  return (date.precision === 'month' ? MONTH : DAY).format(date.start);
}

export function formatPartialDateRangeNl(from: PartialDate, to?: PartialDate | undefined): string {
  if (!to) return formatPartialDateNl(from);
  return `${formatPartialDateNl(from)} – ${formatPartialDateNl(to)}`;
}

const SHORT_MONTH = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: 'UTC' });
/** Dutch abbreviations carry no period on an axis, and newsrooms write them in lower case: "mrt", "okt". */
const shortMonthNl = (date: Date) => SHORT_MONTH.format(date).replace(/\.$/, '').toLowerCase();

/** A time axis in Dutch: "2021", "apr", "apr 2021", "17 apr". */
export const DUTCH_AXIS_DATES: AxisDates = {
  year: (date) => String(date.getUTCFullYear()),
  shortMonth: shortMonthNl,
  shortMonthYear: (date) => `${shortMonthNl(date)} ${date.getUTCFullYear()}`,
  dayShortMonth: (date) => `${date.getUTCDate()} ${shortMonthNl(date)}`,
};
