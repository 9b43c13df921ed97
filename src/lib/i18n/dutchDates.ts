import type { PartialDate } from '../partialDate.ts';

/**
 * Dates for Dutch readers, at their own precision, as Dutch newsrooms write them: "2009",
 * "april 2021", "17 april 2021" (months in lower case), spans "2009 – 2010". The same
 * precision rules as the English formatter in ../partialDate.ts; only the words differ.
 */
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export function formatPartialDateNl(date: Pick<PartialDate, 'precision' | 'start'>): string {
  const year = date.start.getUTCFullYear();
  const month = MONTHS[date.start.getUTCMonth()];
  if (date.precision === 'year') return String(year);
  if (date.precision === 'month') return `${month} ${year}`;
  return `${date.start.getUTCDate()} ${month} ${year}`;
}

export function formatPartialDateRangeNl(from: PartialDate, to?: PartialDate | undefined): string {
  if (!to) return formatPartialDateNl(from);
  return `${formatPartialDateNl(from)} – ${formatPartialDateNl(to)}`;
}
