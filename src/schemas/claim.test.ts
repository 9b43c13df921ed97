/**
 * The claim's own fields: numbering, the short form, the publication date and the updates log.
 * The responses rules are tested with the story's respondents (issue 12), not here.
 */
import { test } from 'node:test';
import { assertIssues, loadSchema, type Case } from './schemaCases.test-helpers.ts';

const { claimSchema } = await loadSchema<typeof import('./claim.ts')>('claim');
const fields = claimSchema.pick({ number: true, shortForm: true, published: true, updates: true });

const valid = { number: 1, shortForm: 'A claim in a few words', published: '2026-11-28' };

const cases: Case[] = [
  { name: 'a numbered claim with a short form, published on a day', input: valid, issues: [] },
  { name: 'number 0 (numbering starts at 1)', input: { ...valid, number: 0 }, issues: [{ path: 'number', message: /expected number to be >0/ }] },
  { name: 'number 1.5', input: { ...valid, number: 1.5 }, issues: [{ path: 'number', message: /expected int, received number/ }] },
  { name: 'a number in quotes', input: { ...valid, number: '1' }, issues: [{ path: 'number', message: /expected number, received string/ }] },
  { name: 'a short form of 75 characters', input: { ...valid, shortForm: 'x'.repeat(75) }, issues: [] },
  { name: 'a short form of 76 characters (over what ClaimReview readers see)', input: { ...valid, shortForm: 'x'.repeat(76) }, issues: [{ path: 'shortForm', message: /expected string to have <=75 characters/ }] },
  { name: 'a publication date YAML reads as a number', input: { ...valid, published: 17042021 }, issues: [{ path: 'published', message: 'expected a date in quotes as "YYYY", "YYYY-MM" or "YYYY-MM-DD"' }] },
  { name: 'a publication month', input: { ...valid, published: '2026-11' }, issues: [{ path: 'published', message: 'expected a full date "YYYY-MM-DD"' }] },
  { name: 'an update without its change', input: { ...valid, updates: [{ date: '2026-12-01' }] }, issues: [{ path: 'updates.0.change', message: /expected string, received undefined/ }] },
];

for (const { name, input, issues } of cases) {
  test(`claim schema: ${name} ${issues.length === 0 ? 'is accepted' : `is refused at ${issues.map((i) => i.path).join(', ')}`}`, () => {
    assertIssues(fields, input, issues);
  });
}
