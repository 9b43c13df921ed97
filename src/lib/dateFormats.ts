/**
 * The site's date formats, one formatter each, all in UTC: content dates are calendar dates, so the
 * build machine's time zone must never move "17 April 2021" to the 16th. d3-time-format's default
 * locale is English with fixed month names ("Sep", never the "Sept" some ICU versions give for en-GB),
 * so the same content renders the same strings on every machine.
 */
import { utcFormat } from 'd3-time-format';

/** "2021" */
export const formatYear = utcFormat('%Y');
/** "April 2021" */
export const formatMonthYear = utcFormat('%B %Y');
/** "17 April 2021" (no leading zero) */
export const formatDayMonthYear = utcFormat('%-d %B %Y');
/** "Apr": axis segments and ticks, where space is short. */
export const formatShortMonth = utcFormat('%b');
/** "Apr 2021" */
export const formatShortMonthYear = utcFormat('%b %Y');
/** "17 Apr" */
export const formatDayShortMonth = utcFormat('%-d %b');

/** The short dates a time axis writes (segment spans and ticks), in one language. */
export interface AxisDates {
  /** "2021" */
  year: (date: Date) => string;
  /** "Apr" */
  shortMonth: (date: Date) => string;
  /** "Apr 2021" */
  shortMonthYear: (date: Date) => string;
  /** "17 Apr" */
  dayShortMonth: (date: Date) => string;
}

export const ENGLISH_AXIS_DATES: AxisDates = { year: formatYear, shortMonth: formatShortMonth, shortMonthYear: formatShortMonthYear, dayShortMonth: formatDayShortMonth };
