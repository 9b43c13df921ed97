/** The published scales and texts: ratings, the rating rule, stance definitions and overview texts. */
import { test } from 'node:test';
import { assertIssues, loadSchema, type Case } from './schemaCases.test-helpers.ts';

const { ratingSchema } = await loadSchema<typeof import('./rating.ts')>('rating');
const { ratingRuleSchema } = await loadSchema<typeof import('./ratingRule.ts')>('ratingRule');
const { stanceSchema } = await loadSchema<typeof import('./stance.ts')>('stance');
const { overviewSchema } = await loadSchema<typeof import('./overview.ts')>('overview');

const rating = { label: 'Reported', definition: 'What it means.', value: 3, tone: 'reported' };
const rule = { order: 1, evidence: 'A kind of evidence', rule: 'What it does.' };
const overview = { title: 'The bottom line', published: '2026-11-28' };

const tables: Array<[string, Parameters<typeof assertIssues>[0], Case[]]> = [
  ['rating', ratingSchema, [
    { name: 'a rating on the scale', input: rating, issues: [] },
    { name: 'a value of 0 (ClaimReview scale is 1 to 5)', input: { ...rating, value: 0 }, issues: [{ path: 'value', message: /expected number to be >=1/ }] },
    { name: 'a value of 6', input: { ...rating, value: 6 }, issues: [{ path: 'value', message: /expected number to be <=5/ }] },
    { name: 'a value of 2.5', input: { ...rating, value: 2.5 }, issues: [{ path: 'value', message: /expected int, received number/ }] },
    { name: 'a tone without a colour token', input: { ...rating, tone: 'red' }, issues: [{ path: 'tone', message: /expected one of "supported"\|"reported"\|"contested"\|"unsupported"\|"misleading"/ }] },
  ]],
  ['rating rule', ratingRuleSchema, [
    { name: 'the first line', input: rule, issues: [] },
    { name: 'line 0', input: { ...rule, order: 0 }, issues: [{ path: 'order', message: /expected number to be >0/ }] },
    { name: 'an unquoted number read as text', input: { ...rule, order: '1' }, issues: [{ path: 'order', message: /expected number, received string/ }] },
  ]],
  ['stance definition', stanceSchema, [
    { name: 'a definition with its effect on the rating', input: { definition: 'D.', ratingEffect: 'E.' }, issues: [] },
    { name: 'a definition without its effect on the rating', input: { definition: 'D.' }, issues: [{ path: 'ratingEffect', message: /expected string, received undefined/ }] },
  ]],
  ['overview text', overviewSchema, [
    { name: 'a text published on a day', input: overview, issues: [] },
    { name: 'a text published in a month', input: { ...overview, published: '2026-11' }, issues: [{ path: 'published', message: 'expected a full date "YYYY-MM-DD"' }] },
    { name: 'a logged change dated by its month', input: { ...overview, updates: [{ date: '2026-12', change: 'Reworded.' }] }, issues: [{ path: 'updates.0.date', message: 'expected a full date "YYYY-MM-DD"' }] },
  ]],
];

for (const [what, schema, cases] of tables) {
  for (const { name, input, issues } of cases) {
    test(`${what} schema: ${name} ${issues.length === 0 ? 'is accepted' : `is refused at ${issues.map((i) => i.path).join(', ')}`}`, () => {
      assertIssues(schema, input, issues);
    });
  }
}
