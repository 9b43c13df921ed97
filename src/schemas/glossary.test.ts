import { test } from 'node:test';
import { assertIssues, loadSchema, type Case } from './schemaCases.test-helpers.ts';

const { glossarySchema } = await loadSchema<typeof import('./glossary.ts')>('glossary');

const valid = { term: 'Core network', definition: 'What the term means, in our words.' };

const cases: Case[] = [
  { name: 'a term with a definition', input: valid, issues: [] },
  { name: 'a term citing a source', input: { ...valid, source: 'example-source' }, issues: [] },
  { name: 'a term without a definition', input: { ...valid, definition: undefined }, issues: [{ path: 'definition', message: /expected string, received undefined/ }] },
  { name: 'a definition of 241 characters (too long to read beside the claim)', input: { ...valid, definition: 'x'.repeat(241) }, issues: [{ path: 'definition', message: /expected string to have <=240 characters/ }] },
  { name: 'a term of 61 characters', input: { ...valid, term: 'x'.repeat(61) }, issues: [{ path: 'term', message: /expected string to have <=60 characters/ }] },
  { name: 'an empty form', input: { ...valid, forms: ['core', ''] }, issues: [{ path: 'forms.1', message: /expected string to have >=1 characters/ }] },
];

for (const { name, input, issues } of cases) {
  test(`glossary schema: ${name} ${issues.length === 0 ? 'is accepted' : `is refused at ${issues.map((i) => i.path).join(', ')}`}`, () => {
    assertIssues(glossarySchema, input, issues);
  });
}
