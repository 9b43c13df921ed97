import { comparePartialDates, type PartialDate } from '../partialDate.ts';
import type { Statement } from './siteModel.ts';

/** One date's statements, split into the respondents' columns and everyone else. */
export interface StatementDay {
  /** The date at its own precision: statements known only to the month form their own group. */
  date: PartialDate;
  /** One list per respondent, in the order given (empty where that party said nothing that day). */
  columns: Statement[][];
  /** Statements of every other party (authorities, press), oldest first. */
  others: Statement[];
}

/**
 * Statements by date, oldest first, with the respondents side by side, so that what the respondents
 * said on the same day reads across one row. Dates of different precision never merge: "April 2021"
 * is not "17 April 2021".
 */
export function groupStatementsByDate(statements: Statement[], respondents: string[]): StatementDay[] {
  const days = new Map<string, StatementDay>();
  const sorted = [...statements].sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));
  for (const statement of sorted) {
    let day = days.get(statement.date.iso);
    if (!day) days.set(statement.date.iso, (day = { date: statement.date, columns: respondents.map(() => []), others: [] }));
    const column = respondents.indexOf(statement.party.id);
    if (column >= 0) day.columns[column]!.push(statement);
    else day.others.push(statement);
  }
  return [...days.values()];
}
