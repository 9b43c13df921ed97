import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIssues, loadSchema, type Case } from './schemaCases.test-helpers.ts';

const { statementSchema } = await loadSchema<typeof import('./statement.ts')>('statement');

/** A statement that passes: each case changes one thing. */
const quote = { party: 'example-party', date: '2021-04-17', context: 'Asked by a reporter', kind: 'quote', language: 'en', text: 'Words as said.', sources: ['example-source'] };
const TRANSLATION = 'a Dutch quote needs an English translation (ours)';

const cases: Case[] = [
  { name: 'an English quote without a translation', input: quote, issues: [] },
  { name: 'a Dutch quote with our translation', input: { ...quote, language: 'nl', text: 'Woorden.', translation: 'Words.' }, issues: [] },
  { name: 'a Dutch quote without a translation', input: { ...quote, language: 'nl', text: 'Woorden.' }, issues: [{ path: 'translation', message: TRANSLATION }] },
  { name: 'a Dutch quote whose translation is set to nothing', input: { ...quote, language: 'nl', translation: undefined }, issues: [{ path: 'translation', message: TRANSLATION }] },
  { name: 'a Dutch paraphrase (our English words) without a translation', input: { ...quote, kind: 'paraphrase', language: 'nl' }, issues: [] },
  { name: 'a language other than Dutch or English', input: { ...quote, language: 'de' }, issues: [{ path: 'language', message: /expected one of "nl"\|"en"/ }] },
  { name: 'a kind other than quote or paraphrase', input: { ...quote, kind: 'summary' }, issues: [{ path: 'kind', message: /expected one of "quote"\|"paraphrase"/ }] },
  { name: 'a year as the date', input: { ...quote, date: '2010' }, issues: [] },
  { name: 'an impossible day', input: { ...quote, date: '2021-04-31' }, issues: [{ path: 'date', message: '"2021-04-31" is not a date: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real day)' }] },
  { name: 'no source', input: { ...quote, sources: [] }, issues: [{ path: 'sources', message: /expected array to have >=1 items/ }] },
  { name: 'no party', input: { ...quote, party: undefined }, issues: [{ path: 'party', message: /Invalid input/ }] },
  { name: 'empty words', input: { ...quote, text: '' }, issues: [{ path: 'text', message: /expected string to have >=1 characters/ }] },
];

for (const { name, input, issues } of cases) {
  test(`statement schema: ${name} ${issues.length === 0 ? 'is accepted' : `is refused at ${issues.map((i) => i.path).join(', ')}`}`, () => {
    assertIssues(statementSchema, input, issues);
  });
}

test('statement schema: a reference is read as Astro reads it, into the collection and the id', () => {
  const parsed = statementSchema.parse(quote);
  assert.deepEqual(parsed.party, { collection: 'parties', id: 'example-party' });
  assert.deepEqual(parsed.sources, [{ collection: 'sources', id: 'example-source' }]);
  assert.equal(parsed.truncated, false);
});
