import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findContentProblems } from './integrity.ts';
import type { SiteContent } from './types.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const response = (statements: string[]) => ({ stance: 'denies', statements: statements.map((id) => ref('statements', id)), nearest: [], summary: 's' });

function content(overrides: Partial<Record<'claimStatement' | 'claimSource' | 'numbers', unknown>> = {}): SiteContent {
  const numbers = (overrides.numbers as number[]) ?? [1, 2];
  return {
    claims: numbers.map((number, index) => ({
      id: `claim-${index}`,
      filePath: `src/content/claims/claim-${index}.mdx`,
      data: {
        number,
        rating: ref('ratings', 'reported'),
        madeBy: ref('parties', 'operator'),
        appearances: [],
        responses: { operator: response([String(overrides.claimStatement ?? 'operator-said')]), vendor: response([]) },
        sources: [ref('sources', String(overrides.claimSource ?? 'reuters'))],
        events: [],
      },
    })),
    statements: [{ id: 'operator-said', filePath: 'src/content/statements.yaml', data: { party: ref('parties', 'operator'), sources: [ref('sources', 'reuters')] } }],
    sources: [{ id: 'reuters', data: {} }],
    parties: [{ id: 'operator', data: {} }, { id: 'vendor', data: {} }],
    story: [{ id: 'story', filePath: 'src/content/story.yaml', data: { respondents: ['operator', 'vendor'], lanes: [{ id: 'all', parties: ['operator', 'vendor'] }] } }],
    events: [],
    ratings: [{ id: 'reported', data: {} }],
  } as unknown as SiteContent;
}

test('sound content has no problems', () => {
  assert.deepEqual(findContentProblems(content()), []);
});

test('a dangling reference is reported with the file and the field path', () => {
  assert.deepEqual(findContentProblems(content({ claimStatement: 'never-said' })), [
    'src/content/claims/claim-0.mdx → responses.operator.statements[0]: statement "never-said" does not exist',
    'src/content/claims/claim-1.mdx → responses.operator.statements[0]: statement "never-said" does not exist',
  ]);
  assert.match(findContentProblems(content({ claimSource: 'nobody' }))[0]!, /claim-0\.mdx → sources\[0\]: source "nobody" does not exist/);
});

test('duplicate and missing claim numbers are reported', () => {
  const problems = findContentProblems(content({ numbers: [1, 1] }));
  assert.ok(problems.some((p) => /number: 1 is already used/.test(p)));
  assert.ok(problems.some((p) => /no claim has number 2/.test(p)));
  assert.ok(findContentProblems(content({ numbers: [1, 3] })).some((p) => /no claim has number 2/.test(p)));
});

test('a glossary term citing an unknown source is reported with its file, entry and field', () => {
  const withGlossary = {
    ...content(),
    glossary: [
      { id: 'aivd', filePath: 'src/content/glossary.yaml', data: { term: 'AIVD', source: ref('sources', 'reuters') } },
      { id: 'core-network', filePath: 'src/content/glossary.yaml', data: { term: 'Core network', source: ref('sources', 'nowhere') } },
      { id: 'stored-pages', filePath: 'src/content/glossary.yaml', data: { term: 'Stored pages' } },
    ],
  } as unknown as SiteContent;
  assert.deepEqual(findContentProblems(withGlossary), ['src/content/glossary.yaml (entry "core-network") → source: source "nowhere" does not exist']);
});
