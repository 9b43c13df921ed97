/**
 * The stale-translation check on real files: it passes on the content as committed, and fails, naming
 * the entry and the field, as soon as an English text changes without its Dutch (issue 13: a correction
 * cannot land in one language only). Also: every Dutch entry passes its schema.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTranslatedContent, restampList, stampTranslations } from './lib/translationFiles.ts';
import { staleTranslations } from '../src/lib/i18n/translationStamps.ts';
import { coveredFields, type TranslatedKind } from '../src/lib/i18n/coveredFields.ts';
import { dutchClaimSchema } from '../src/schemas/translation/claim.ts';
import { dutchStorySchema } from '../src/schemas/translation/story.ts';
import { dutchEventSchema } from '../src/schemas/translation/event.ts';
import { dutchGlossarySchema } from '../src/schemas/translation/glossary.ts';
import { dutchOverviewSchema } from '../src/schemas/translation/overview.ts';
import { dutchPartySchema } from '../src/schemas/translation/party.ts';
import { dutchRatingSchema } from '../src/schemas/translation/rating.ts';
import { dutchRatingRuleSchema } from '../src/schemas/translation/ratingRule.ts';
import { dutchStanceSchema } from '../src/schemas/translation/stance.ts';
import { dutchStatementSchema } from '../src/schemas/translation/statement.ts';
import { dutchSourceSchema } from '../src/schemas/translation/source.ts';

const CONTENT = 'src/content';

/** A copy of the real content to break, removed after the test. */
function contentCopy(t: { after: (fn: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'nl-stamps-'));
  cpSync(CONTENT, dir, { recursive: true });
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('the Dutch edition is in step with the English as committed', () => {
  const content = readTranslatedContent(CONTENT);
  // Every English entry with words of ours has its Dutch entry (a source cited by its published title alone has none).
  const translatable = ({ kind, english }: (typeof content)[number]) => english.filter((entry) => coveredFields(kind, entry).length > 0);
  assert.ok(content.every((collection) => translatable(collection).length > 0 && collection.dutch.length === translatable(collection).length), 'every English entry with words of ours has its Dutch entry');
  assert.deepEqual(staleTranslations(content), []);
});

test('an English field edited without its Dutch fails the check, naming the claim and the field', (t) => {
  const dir = contentCopy(t);
  const file = join(dir, 'claims/huawei-did-eavesdrop.mdx');
  const text = readFileSync(file, 'utf8');
  const edited = text
    .replace(/^verdict: "The sources say Huawei could eavesdrop/m, 'verdict: "The sources say only that Huawei could eavesdrop')
    .replace('summary: "KPN said it never found', 'summary: "KPN said it had never found');
  assert.notEqual(edited, text, 'the fixture edits the English claim');
  writeFileSync(file, edited);
  const report = staleTranslations(readTranslatedContent(dir));
  assert.equal(report.length, 1);
  assert.equal(report[0]!.message, 'claim huawei-did-eavesdrop: verdict, responses.kpn.summary changed since the Dutch was written');
  assert.match(report[0]!.filePath!, /nl\/claims\/huawei-did-eavesdrop\.mdx$/);
});

test('a new English update, an edited event title and an edited analysis are each reported', (t) => {
  const dir = contentCopy(t);
  const claimFile = join(dir, 'claims/huawei-did-eavesdrop.mdx');
  writeFileSync(claimFile, readFileSync(claimFile, 'utf8').replace('\nupdates:\n', '\nupdates:\n  - date: "2026-12-02"\n    change: "A new correction."\n').replace('That leaves an open question', 'That leaves a question'));
  const eventsFile = join(dir, 'events.yaml');
  writeFileSync(eventsFile, readFileSync(eventsFile, 'utf8').replace('title: "KPN takes over Telfort"', 'title: "KPN buys Telfort"'));
  const messages = staleTranslations(readTranslatedContent(dir)).map((line) => line.message).sort();
  assert.deepEqual(messages, [
    'claim huawei-did-eavesdrop: updates.0.change, body changed since the Dutch was written; updates.1.change is new in the English',
    'event kpn-takes-over-telfort: title changed since the Dutch was written',
  ]);
});

test('a statement quoted in English is behind when its words change; a Dutch quote is not translated, so it is not', (t) => {
  const dir = contentCopy(t);
  const english = readTranslatedContent(dir).find((c) => c.kind === 'statements')!.english;
  const englishQuote = english.find((s) => s.data.kind === 'quote' && s.data.language === 'en')!;
  const dutchQuote = english.find((s) => s.data.kind === 'quote' && s.data.language === 'nl')!;
  const file = join(dir, 'statements.yaml');
  let text = readFileSync(file, 'utf8');
  for (const quote of [englishQuote, dutchQuote]) {
    const words = String(quote.data.text).slice(0, 20);
    assert.ok(text.includes(words));
    text = text.replace(words, `${words.slice(0, -1)}X`);
  }
  writeFileSync(file, text);
  assert.deepEqual(staleTranslations(readTranslatedContent(dir)).map((line) => line.message), [`statement ${englishQuote.id}: text changed since the Dutch was written`]);
});

test('stamping after translating makes the check pass again, and touches only what changed', (t) => {
  const dir = contentCopy(t);
  const file = join(dir, 'events.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: "KPN takes over Telfort"', 'title: "KPN buys Telfort"'));
  assert.equal(staleTranslations(readTranslatedContent(dir)).length, 1);
  const before = readFileSync(join(dir, 'nl/events.yaml'), 'utf8');
  assert.deepEqual(stampTranslations(dir, ['events/kpn-takes-over-telfort']), [join(dir, 'nl/events.yaml')]);
  const after = readFileSync(join(dir, 'nl/events.yaml'), 'utf8');
  assert.deepEqual(staleTranslations(readTranslatedContent(dir)), []);
  const changedLines = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
  assert.equal(changedLines.length, 1, 'one hash changes; comments, layout and the other entries stay');
  assert.match(changedLines[0]!, /^ {4}title: "[0-9a-f]{12}"$/);
  assert.deepEqual(stampTranslations(dir), [], 'stamping again changes nothing');
});

test('stamping leaves a field the Dutch does not have yet unstamped, so the check keeps asking for it', (t) => {
  const dir = contentCopy(t);
  // The English event is unchanged; its Dutch entry loses its confidence note (as if not yet translated).
  const dutchFile = join(dir, 'nl/events.yaml');
  writeFileSync(dutchFile, readFileSync(dutchFile, 'utf8').replace(/\n  confidenceNote: >-\n    Uit een secundaire bron \(HCC, die AGconnect aanhaalt\)\. De precieze datum in 2005 wordt niet gegeven\.\n/, '\n'));
  stampTranslations(dir);
  assert.deepEqual(staleTranslations(readTranslatedContent(dir)).map((line) => line.message), ['event kpn-takes-over-telfort: confidenceNote is new in the English']);
});

test('restamping a list rewrites the stamps of the entry named and no other', () => {
  const text = '# a comment\n- id: a\n  translates:\n    title: "000000000000"\n  title: "A"\n\n- id: b\n  translates:\n    title: "111111111111"\n  title: "B"\n';
  assert.equal(
    restampList(text, new Map([['a', { title: 'abcdefabcdef', description: '123456789012' }]])),
    '# a comment\n- id: a\n  translates:\n    title: "abcdefabcdef"\n    description: "123456789012"\n  title: "A"\n\n- id: b\n  translates:\n    title: "111111111111"\n  title: "B"\n',
  );
});

const SCHEMAS: Record<TranslatedKind, { safeParse: (data: unknown) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }> = {
  story: dutchStorySchema, claims: dutchClaimSchema, events: dutchEventSchema, statements: dutchStatementSchema, sources: dutchSourceSchema, ratings: dutchRatingSchema, stances: dutchStanceSchema,
  ratingRules: dutchRatingRuleSchema, glossary: dutchGlossarySchema, parties: dutchPartySchema, overview: dutchOverviewSchema,
};

test('every Dutch entry passes its schema (the limits of the English included)', () => {
  const failures: string[] = [];
  for (const { kind, dutch } of readTranslatedContent(CONTENT)) {
    for (const entry of dutch) {
      const result = SCHEMAS[kind].safeParse(entry.data);
      if (!result.success) failures.push(...result.error!.issues.map((issue) => `${entry.filePath} ${entry.id} → ${issue.path.join('.')}: ${issue.message}`));
    }
  }
  assert.deepEqual(failures, []);
});

test('a Dutch short form over 75 characters, or a field the schema does not know, is refused with the field named', () => {
  const claim = readTranslatedContent(CONTENT).find((c) => c.kind === 'claims')!.dutch[0]!.data;
  const long = dutchClaimSchema.safeParse({ ...claim, shortForm: 'x'.repeat(76) });
  assert.equal(long.success, false);
  assert.deepEqual(long.error!.issues.map((issue) => issue.path.join('.')), ['shortForm']);
  const typo = dutchClaimSchema.safeParse({ ...claim, verdikt: 'x' });
  assert.equal(typo.success, false);
  assert.match(typo.error!.issues[0]!.message, /verdikt/);
});
