import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate } from '../partialDate.ts';
import { groupStatementsByDate } from './statementsByDate.ts';
import type { Statement } from './siteModel.ts';

const statement = (id: string, partyId: string, date: string) => ({ id, party: { id: partyId }, date: parsePartialDate(date)! }) as unknown as Statement;
const ids = (list: Statement[]) => list.map((s) => s.id);

test('groups statements by date, oldest first, respondents side by side and others apart', () => {
  const days = groupStatementsByDate(
    [statement('h1', 'vendor', '2021-04-17'), statement('k2', 'operator', '2021-04-19'), statement('a1', 'aivd', '2021-04-17'), statement('k1', 'operator', '2021-04-17')],
    ['operator', 'vendor'],
  );
  assert.deepEqual(days.map((d) => d.date.iso), ['2021-04-17', '2021-04-19']);
  assert.deepEqual(days[0]!.columns.map(ids), [['k1'], ['h1']]);
  assert.deepEqual(ids(days[0]!.others), ['a1']);
  assert.deepEqual(days[1]!.columns.map(ids), [['k2'], []]);
});

test('never merges a month-only date into a day of that month', () => {
  const days = groupStatementsByDate([statement('k1', 'operator', '2021-04'), statement('k2', 'operator', '2021-04-17')], ['operator', 'vendor']);
  assert.equal(days.length, 2);
  assert.deepEqual(days.map((d) => d.date.precision).sort(), ['day', 'month']);
});

test('no statements, no days', () => {
  assert.deepEqual(groupStatementsByDate([], ['operator', 'vendor']), []);
});
