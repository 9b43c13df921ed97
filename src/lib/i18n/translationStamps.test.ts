import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTranslationsCurrent, compareStamps, isCurrent, staleTranslations, stampsFor, textHash, translatedCollections } from './translationStamps.ts';
import { coveredFields } from './coveredFields.ts';

const englishClaim = {
  id: 'c',
  data: {
    claim: 'B did it.', shortForm: 'B did it', articleWording: 'they did', appearances: [{ label: 'The article', source: { id: 's' } }],
    verdict: 'No evidence.', rating: { id: 'low' },
    responses: { operator: { stance: 'denies', summary: 'Denies.', note: 'Present tense.' }, vendor: { stance: 'not-addressed', summary: 'Silent.' } },
    updates: [{ date: '2026-12-01', change: 'Rating changed.' }],
  },
  body: '\nThe analysis.\n',
};

test('a hash is 12 hex digits that change with any edit of the text, and only with the text', () => {
  assert.match(textHash('Denies.'), /^[0-9a-f]{12}$/);
  assert.equal(textHash('Denies.'), textHash('Denies.'));
  assert.notEqual(textHash('Denies.'), textHash('Denies'));
  assert.notEqual(textHash('a b'), textHash('a  b'));
});

test('a claim covers its sentences, labels, notes, updates and analysis, never its evidence', () => {
  assert.deepEqual(Object.keys(stampsFor('claims', englishClaim)), [
    'claim', 'shortForm', 'articleWording', 'appearances.0.label', 'verdict',
    'responses.operator.summary', 'responses.operator.note', 'responses.vendor.summary', 'updates.0.change', 'body',
  ]);
  // The article's words are kept in the original; the Dutch carries our translation of them.
  assert.equal(coveredFields('claims', englishClaim).find((f) => f.path === 'articleWording')!.dutchPath, 'articleWordingTranslation');
  // Changing what is not words of ours (the rating, a source, a date) leaves the stamps as they were.
  const evidenceChanged = { ...englishClaim, data: { ...englishClaim.data, rating: { id: 'high' }, updates: [{ date: '2026-12-02', change: 'Rating changed.' }] } };
  assert.deepEqual(stampsFor('claims', evidenceChanged), stampsFor('claims', englishClaim));
  // The padding around a body is not text: Astro trims an MDX body but not always a Markdown one.
  assert.deepEqual(stampsFor('claims', { ...englishClaim, body: 'The analysis.' }), stampsFor('claims', englishClaim));
});

test('a statement covers its quote only where the Dutch edition cannot show the original as it is', () => {
  const statement = (kind: string, language: string) => ({ id: 's', data: { kind, language, context: 'Reply.', text: 'Words.' } });
  const covered = (kind: string, language: string) => coveredFields('statements', statement(kind, language)).map((f) => `${f.path}→${f.dutchPath}`);
  assert.deepEqual(covered('quote', 'nl'), ['context→context']);
  assert.deepEqual(covered('quote', 'en'), ['context→context', 'text→translation']);
  assert.deepEqual(covered('paraphrase', 'nl'), ['context→context', 'text→text']);
});

test('a source covers our notes and our description of an unseen page, never its outlet, address or published title', () => {
  const source = (titleKind: string, notes: Record<string, string> = {}) => ({
    id: 's', data: { outlet: 'Wire', title: 'Words', titleKind, language: 'en', url: 'https://wire.example/a', ...notes },
  });
  const covered = (titleKind: string, notes?: Record<string, string>) => coveredFields('sources', source(titleKind, notes)).map((f) => f.path);
  assert.deepEqual(covered('title'), []);
  assert.deepEqual(covered('from-url'), []);
  assert.deepEqual(covered('description'), ['title']);
  assert.deepEqual(covered('title', { outletNote: 'Reuters', note: 'relays X', dateNote: 'inferred' }), ['outletNote', 'note', 'dateNote']);
  // A source with none of our words needs no Dutch entry; one with a note does, and names the field when it falls behind.
  const withNote = source('title', { note: 'relays X' });
  const report = staleTranslations([{ kind: 'sources', english: [source('title'), { ...withNote, id: 'noted' }, { ...source('description'), id: 'described' }], dutch: [{ id: 'noted', data: { translates: { note: textHash('relays Y') } } }] }]);
  assert.deepEqual(report.map((line) => line.message), ['source noted: note changed since the Dutch was written', 'source described has no Dutch translation']);
});

test('comparing names the fields changed, new and gone', () => {
  const stamps = stampsFor('claims', englishClaim);
  assert.ok(isCurrent(compareStamps('claims', englishClaim, stamps)));
  const edited = {
    ...englishClaim,
    data: { ...englishClaim.data, verdict: 'Some evidence.', ratingNote: 'Partly.', responses: { ...englishClaim.data.responses, operator: { stance: 'denies', summary: 'Denies.' } } },
  };
  assert.deepEqual(compareStamps('claims', edited, stamps), { changed: ['verdict'], added: ['ratingNote'], removed: ['responses.operator.note'] });
  assert.deepEqual(compareStamps('claims', englishClaim, undefined).added.length, Object.keys(stamps).length, 'an entry never stamped is behind in every field');
});

test('the report names each entry behind, each English entry without Dutch, and each Dutch entry without English', () => {
  const stamps = stampsFor('claims', englishClaim);
  const edited = { ...englishClaim, data: { ...englishClaim.data, verdict: 'Some evidence.' } };
  const report = staleTranslations([{
    kind: 'claims',
    english: [edited, { ...englishClaim, id: 'untranslated' }],
    dutch: [{ id: 'c', data: { translates: stamps }, filePath: 'nl/claims/c.mdx' }, { id: 'gone', data: { translates: {} } }],
  }]);
  assert.deepEqual(report.map((line) => line.message), [
    'claim c: verdict changed since the Dutch was written',
    'claim untranslated has no Dutch translation',
    'claim gone is translated but has no English entry',
  ]);
  assert.throws(
    () => assertTranslationsCurrent([{ kind: 'claims', english: [edited], dutch: [{ id: 'c', data: { translates: stamps }, filePath: 'nl/claims/c.mdx' }] }]),
    /behind the English in 1 place:\n {2}nl\/claims\/c\.mdx → claim c: verdict changed since the Dutch was written/,
  );
  assert.doesNotThrow(() => assertTranslationsCurrent([{ kind: 'claims', english: [englishClaim], dutch: [{ id: 'c', data: { translates: stamps } }] }]));
});

test('the build pairs the collections by kind, and a story without a Dutch edition has nothing to check', () => {
  const stamps = stampsFor('claims', englishClaim);
  assert.deepEqual(translatedCollections({ claims: [englishClaim] }, { claims: [] }), []);
  const pairs = translatedCollections({ claims: [englishClaim], events: [] }, { claims: [{ id: 'c', data: { translates: stamps }, filePath: 'nl/claims/c.mdx' }] });
  assert.deepEqual(pairs.map((pair) => [pair.kind, pair.english.length, pair.dutch.length]), [['claims', 1, 1], ['events', 0, 0]]);
  assert.deepEqual(staleTranslations(pairs), []);
});
