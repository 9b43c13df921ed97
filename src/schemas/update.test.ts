import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIssues, loadSchema, type Case } from './schemaCases.test-helpers.ts';

const { updatesSchema } = await loadSchema<typeof import('./update.ts')>('update');

const cases: Case[] = [
  { name: 'no log at all (nothing changed since publication)', input: undefined, issues: [] },
  { name: 'an empty log', input: [], issues: [] },
  { name: 'a dated change', input: [{ date: '2026-12-01', change: 'Rating changed from A to B.' }], issues: [] },
  { name: 'a change dated by its month only', input: [{ date: '2026-12', change: 'Reworded.' }], issues: [{ path: '0.date', message: 'expected a full date "YYYY-MM-DD"' }] },
  { name: 'an unquoted date', input: [{ date: new Date('2026-12-01'), change: 'Reworded.' }], issues: [{ path: '0.date', message: 'expected a date in quotes as "YYYY", "YYYY-MM" or "YYYY-MM-DD"' }] },
  { name: 'a change without a date', input: [{ change: 'Reworded.' }], issues: [{ path: '0.date', message: 'expected a date in quotes as "YYYY", "YYYY-MM" or "YYYY-MM-DD"' }] },
  { name: 'a date that says nothing about what changed', input: [{ date: '2026-12-01', change: '' }], issues: [{ path: '0.change', message: /expected string to have >=1 characters/ }] },
  { name: 'the second entry broken, the first sound', input: [{ date: '2026-11-01', change: 'A.' }, { date: '2026-11-31', change: 'B.' }], issues: [{ path: '1.date', message: '"2026-11-31" is not a date: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real day)' }] },
];

for (const { name, input, issues } of cases) {
  test(`updates log: ${name} ${issues.length === 0 ? 'is accepted' : `is refused at ${issues.map((i) => i.path).join(', ')}`}`, () => {
    assertIssues(updatesSchema, input, issues);
  });
}

test('updates log: no log reads as an empty one, so every page can list it', () => {
  assert.deepEqual(updatesSchema.parse(undefined), []);
});
