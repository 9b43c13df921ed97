import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIssues, loadSchema, type Case } from './schemaCases.test-helpers.ts';

const { partialDateSchema, dayDateSchema } = await loadSchema<typeof import('./partialDate.ts')>('partialDate');

const NOT_A_DATE = (text: string) => `"${text}" is not a date: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real day)`;
const QUOTE_IT = 'expected a date in quotes as "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
const FULL_DAY = 'expected a full date "YYYY-MM-DD"';

const partialCases: Case[] = [
  { name: 'a year', input: '2010', issues: [] },
  { name: 'a month', input: '2021-04', issues: [] },
  { name: 'a day', input: '2021-04-17', issues: [] },
  { name: 'a leap day', input: '2024-02-29', issues: [] },
  { name: 'a day a month does not have', input: '2021-04-31', issues: [{ path: '', message: NOT_A_DATE('2021-04-31') }] },
  { name: 'a leap day in a common year', input: '2023-02-29', issues: [{ path: '', message: NOT_A_DATE('2023-02-29') }] },
  { name: 'month 13', input: '2021-13', issues: [{ path: '', message: NOT_A_DATE('2021-13') }] },
  { name: 'a date written out', input: '17 April 2021', issues: [{ path: '', message: NOT_A_DATE('17 April 2021') }] },
  { name: 'a date and time', input: '2021-04-17T10:00', issues: [{ path: '', message: NOT_A_DATE('2021-04-17T10:00') }] },
  // YAML reads an unquoted 2021-04-17 as a Date and 17042021 as a number: the message says to quote it.
  { name: 'an unquoted YAML date (a Date)', input: new Date('2021-04-17'), issues: [{ path: '', message: QUOTE_IT }] },
  { name: 'a number', input: 17042021, issues: [{ path: '', message: QUOTE_IT }] },
];

for (const { name, input, issues } of partialCases) {
  test(`partial date: ${name} ${issues.length === 0 ? 'is accepted' : 'is refused, saying why'}`, () => {
    assertIssues(partialDateSchema, input, issues);
  });
}

const dayCases: Case[] = [
  { name: 'a day', input: '2021-04-17', issues: [] },
  { name: 'a month', input: '2021-04', issues: [{ path: '', message: FULL_DAY }] },
  { name: 'a year', input: '2021', issues: [{ path: '', message: FULL_DAY }] },
  { name: 'an impossible day', input: '2021-02-30', issues: [{ path: '', message: NOT_A_DATE('2021-02-30') }] },
  { name: 'a number', input: 20210417, issues: [{ path: '', message: QUOTE_IT }] },
];

for (const { name, input, issues } of dayCases) {
  test(`full day (publication and update dates): ${name} ${issues.length === 0 ? 'is accepted' : 'is refused, saying why'}`, () => {
    assertIssues(dayDateSchema, input, issues);
  });
}

test('a partial date is read into its precision and span, one shape for every component', () => {
  const month = partialDateSchema.parse('2021-04');
  assert.equal(month.precision, 'month');
  assert.equal(month.start.toISOString().slice(0, 10), '2021-04-01');
  assert.equal(month.end.toISOString().slice(0, 10), '2021-05-01');
});
