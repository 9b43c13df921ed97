/**
 * The Dutch entries' schemas, as tables of cases naming the field and the message: a Dutch entry
 * carries our words only, stamped with the English it translates, and never evidence of its own.
 */
import { test } from 'node:test';
import { assertIssues, type Case } from '../schemaCases.test-helpers.ts';
import { dutchClaimSchema } from './claim.ts';
import { dutchStatementSchema } from './statement.ts';

const STAMP = 'a1b2c3d4e5f6';
const claim = {
  translates: { claim: STAMP, verdict: STAMP },
  claim: 'B deed het.', shortForm: 'B deed het', appearances: [{ label: 'Het artikel' }], verdict: 'Geen bewijs.',
  responses: { operator: { summary: 'Ontkent.' } }, updates: [{ change: 'Oordeel gewijzigd.' }],
};
const statement = { id: 'a-denies', translates: { context: STAMP }, context: 'Reactie op de primeur.' };

const tables: Array<[string, Parameters<typeof assertIssues>[0], Case[]]> = [
  ['Dutch claim', dutchClaimSchema, [
    { name: 'a claim in Dutch, stamped', input: claim, issues: [] },
    { name: 'a short form over 75 characters', input: { ...claim, shortForm: 'x'.repeat(76) }, issues: [{ path: 'shortForm', message: /expected string to have <=75 characters/ }] },
    { name: 'a stamp that is not 12 hex digits', input: { ...claim, translates: { claim: 'abc' } }, issues: [{ path: 'translates.claim', message: 'expected 12 hex digits written by npm run translations:stamp' }] },
    { name: 'a rating of its own (evidence stays in the English)', input: { ...claim, rating: 'high' }, issues: [{ path: '', message: /Unrecognized key: "rating"/ }] },
    { name: 'a dated update (dates stay in the English)', input: { ...claim, updates: [{ date: '2026-12-01', change: 'x' }] }, issues: [{ path: 'updates.0', message: /Unrecognized key: "date"/ }] },
    { name: 'a response with its own stance', input: { ...claim, responses: { operator: { summary: 'Ontkent.', stance: 'denies' } } }, issues: [{ path: 'responses.operator', message: /Unrecognized key: "stance"/ }] },
    { name: 'a response summary over 200 characters', input: { ...claim, responses: { operator: { summary: 'x'.repeat(201) } } }, issues: [{ path: 'responses.operator.summary', message: /expected string to have <=200 characters/ }] },
    { name: 'no appearance labels', input: { ...claim, appearances: [] }, issues: [{ path: 'appearances', message: /expected array to have >=1 items/ }] },
  ]],
  ['Dutch statement', dutchStatementSchema, [
    { name: 'the context of a Dutch quote (nothing else to translate)', input: statement, issues: [] },
    { name: 'our translation of an English quote', input: { ...statement, translation: 'Nooit gezien.' }, issues: [] },
    { name: 'both a Dutch paraphrase and a translation', input: { ...statement, text: 'A zegt dat.', translation: 'Nooit gezien.' }, issues: [{ path: '', message: 'give "text" (a paraphrase in Dutch) or "translation" (of an English quote), not both' }] },
    { name: 'no id of the English entry', input: { ...statement, id: '' }, issues: [{ path: 'id', message: /expected string to have >=1 characters/ }] },
    { name: 'a party of its own (evidence stays in the English)', input: { ...statement, party: 'operator' }, issues: [{ path: '', message: /Unrecognized key: "party"/ }] },
  ]],
];

for (const [what, schema, cases] of tables) {
  for (const { name, input, issues } of cases) {
    test(`${what} schema: ${name} ${issues.length === 0 ? 'is accepted' : `is refused at ${issues.map((i) => i.path || '(the entry)').join(', ')}`}`, () => {
      assertIssues(schema, input, issues);
    });
  }
}
