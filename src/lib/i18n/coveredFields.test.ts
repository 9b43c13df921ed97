import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureContent } from '../content/testFixture.ts';
import { coveredFields, MAY_KEEP_ENGLISH, readPath, TRANSLATED_KINDS, type TranslatedKind } from './coveredFields.ts';

const content = fixtureContent();
/** The fixture's collections that a Dutch edition translates, as the content layer hands them over. */
const TRANSLATED_IN_FIXTURE: Array<[TranslatedKind, Array<{ id: string; data: object; body?: string }>]> = [
  ['story', content.story],
  ['parties', content.parties],
  ['ratings', content.ratings],
  ['statements', content.statements],
  ['events', content.events],
  ['claims', content.claims],
];

/** Every text leaf of an entry's data, by dotted path: what a translator could possibly be asked to translate. */
function textLeaves(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  if (!value || typeof value !== 'object' || value instanceof Date) return new Map();
  return new Map(Object.entries(value).flatMap(([key, child]) => [...textLeaves(child, path ? `${path}.${key}` : key)]));
}

/** Fields that are evidence or configuration, never our words: a translation must not touch them. */
const EVIDENCE = /(^|\.)(id|collection|date|until|url|sources|source|rating|language|kind|confidence|tone|stance|respondents|parties|slug|lang|publisher|contactEmail|outlet|title(Kind)?)$/;

test('every covered field is an English text of the entry, at the path it names, and never evidence', () => {
  for (const [kind, entries] of TRANSLATED_IN_FIXTURE) {
    for (const entry of entries) {
      const leaves = textLeaves(entry.data);
      const fields = coveredFields(kind, { id: entry.id, data: entry.data as Record<string, unknown>, body: entry.body });
      assert.ok(fields.length > 0, `${kind} ${entry.id} covers nothing`);
      for (const field of fields) {
        if (field.path === 'body') continue;
        assert.equal(leaves.get(field.path), field.value, `${kind} ${entry.id}: ${field.path}`);
        // A title is our words for an event or a story, but a source's title is the publisher's.
        if (kind !== 'events' && kind !== 'story') assert.doesNotMatch(field.path, EVIDENCE, `${kind} ${entry.id}`);
      }
      for (const path of leaves.keys()) {
        if (/(^|\.)(id|collection|language|kind|stance|tone|confidence)$/.test(path)) assert.ok(!fields.some((field) => field.path === path), `${kind} ${entry.id}: ${path} is evidence, not ours to translate`);
      }
    }
  }
});

test('the story covers its names and the timeline’s words, lane by lane, and none of its configuration', () => {
  const [story] = content.story;
  assert.deepEqual(
    coveredFields('story', story!).map((field) => field.path),
    ['title', 'shortTitle', 'description', 'lanes.0.label', 'lanes.0.shortLabel', 'lanes.1.label', 'lanes.1.shortLabel', 'lanes.2.label', 'lanes.2.shortLabel', 'lanes.2.inText', 'timeline.title', 'timeline.takeaway'],
  );
});

test('a claim covers its words in reading order and its analysis trimmed; the article’s own wording goes to a translation beside it', () => {
  const claim = content.claims.find((entry) => entry.id === 'second-claim')!;
  const withWording = { id: claim.id, data: { ...claim.data, articleWording: 'B did it, they wrote.' } as Record<string, unknown>, body: '\n\nThe analysis.\n' };
  assert.deepEqual(
    coveredFields('claims', withWording).map((field) => `${field.path}→${field.dutchPath}`),
    [
      'claim→claim', 'shortForm→shortForm', 'articleWording→articleWordingTranslation', 'appearances.0.label→appearances.0.label', 'verdict→verdict',
      'responses.vendor.summary→responses.vendor.summary', 'responses.vendor.note→responses.vendor.note', 'responses.operator.summary→responses.operator.summary',
      'updates.0.change→updates.0.change', 'body→body',
    ],
  );
  assert.equal(coveredFields('claims', withWording).at(-1)!.value, 'The analysis.');
  // A blank analysis is no field; an event's body, if it had one, is not translated.
  assert.ok(!coveredFields('claims', { ...withWording, body: ' \n ' }).some((field) => field.path === 'body'));
  assert.ok(!coveredFields('events', { id: 'e', data: { title: 'T' }, body: 'Text.' }).some((field) => field.path === 'body'));
});

test('every kind has its list of fields, and an entry without optional fields covers only what it has', () => {
  for (const kind of TRANSLATED_KINDS) assert.deepEqual(coveredFields(kind, { id: 'empty', data: {} }), [], kind);
});

test('a field that should be text but is not fails with the kind, the entry and the field named', () => {
  assert.throws(() => coveredFields('ratings', { id: 'low', data: { label: 42 } }), /ratings low: label is not text/);
  assert.throws(() => coveredFields('claims', { id: 'c', data: { responses: { vendor: { summary: ['Denies.'] } } } }), /claims c: responses\.vendor\.summary is not text/);
});

test('the fields a Dutch entry may leave in English are fields the translation covers', () => {
  const party = { id: 'p', data: { name: 'Acme Networks', authorName: 'Acme', shortName: 'Acme', role: 'vendor', description: 'A vendor.', rightOfReply: { reply: 'Asked.', responsesFrom: 'Its press office.' } } };
  const paths = coveredFields('parties', party).map((field) => field.path);
  assert.deepEqual(paths, ['name', 'authorName', 'shortName', 'role', 'description', 'rightOfReply.reply', 'rightOfReply.responsesFrom']);
  for (const [kind, kept] of Object.entries(MAY_KEEP_ENGLISH)) {
    assert.equal(kind, 'parties', 'a new kind here needs a full entry above');
    for (const path of kept!) assert.ok(paths.includes(path), `${kind}: ${path} is not a covered field`);
  }
});

test('a dotted path reads nested objects and arrays, and anything missing reads as undefined', () => {
  const data = { responses: { operator: { summary: 'Denies.' } }, updates: [{ change: 'First.' }, { change: 'Second.' }], title: 'T' };
  const table: Array<[string, unknown]> = [
    ['title', 'T'],
    ['responses.operator.summary', 'Denies.'],
    ['updates.1.change', 'Second.'],
    ['updates.2.change', undefined],
    ['responses.vendor.summary', undefined],
    ['title.length.x', undefined],
  ];
  for (const [path, value] of table) assert.equal(readPath(data, path), value, path);
  assert.equal(readPath(null, 'title'), undefined);
});
