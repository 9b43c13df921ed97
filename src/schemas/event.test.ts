import { test } from 'node:test';
import { assertIssues, loadSchema, type Case } from './schemaCases.test-helpers.ts';

const { eventSchema } = await loadSchema<typeof import('./event.ts')>('event');

/** An event that passes: each case changes one thing. */
const valid = { date: '2021-04', title: 'Something happened', description: 'What happened.', parties: ['example-party'], confidence: 'reported', confidenceNote: 'One source.', sources: ['example-source'] };

const cases: Case[] = [
  { name: 'an event dated by its month', input: valid, issues: [] },
  { name: 'a period with an end', input: { ...valid, kind: 'period', date: '2009', until: '2010' }, issues: [] },
  { name: 'an end that is not a date', input: { ...valid, until: '2010-02-30' }, issues: [{ path: 'until', message: '"2010-02-30" is not a date: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real day)' }] },
  { name: 'an unquoted date', input: { ...valid, date: new Date('2021-04-17') }, issues: [{ path: 'date', message: 'expected a date in quotes as "YYYY", "YYYY-MM" or "YYYY-MM-DD"' }] },
  { name: 'a kind other than event or period', input: { ...valid, kind: 'moment' }, issues: [{ path: 'kind', message: /expected one of "event"\|"period"/ }] },
  { name: 'a headline of 90 characters', input: { ...valid, title: 'x'.repeat(90) }, issues: [] },
  { name: 'a headline of 91 characters (too long for the timeline)', input: { ...valid, title: 'x'.repeat(91) }, issues: [{ path: 'title', message: /expected string to have <=90 characters/ }] },
  { name: 'no party (the first decides the lane)', input: { ...valid, parties: [] }, issues: [{ path: 'parties', message: /expected array to have >=1 items/ }] },
  { name: 'a confidence off the published scale', input: { ...valid, confidence: 'likely' }, issues: [{ path: 'confidence', message: /expected one of "confirmed"\|"reported"\|"inferred"\|"disputed"/ }] },
  { name: 'a confidence without its reason', input: { ...valid, confidenceNote: '' }, issues: [{ path: 'confidenceNote', message: /expected string to have >=1 characters/ }] },
  { name: 'no source', input: { ...valid, sources: [] }, issues: [{ path: 'sources', message: /expected array to have >=1 items/ }] },
];

for (const { name, input, issues } of cases) {
  test(`event schema: ${name} ${issues.length === 0 ? 'is accepted' : `is refused at ${issues.map((i) => i.path).join(', ')}`}`, () => {
    assertIssues(eventSchema, input, issues);
  });
}
