/**
 * The Dutch edition quotes the originals, it does not retranslate them (issue 13). Every passage a
 * Dutch claim's analysis puts between double quotes as an original (not "onze vertaling") must
 * appear exactly in the English content: in a statement's original words (statements.yaml) or in the
 * English claim, whose analysis already quotes the Dutch originals verbatim. A Dutch quote retyped,
 * or our Dutch translation of an English sentence passed off as a quote, appears in neither and fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTranslatedContent } from './lib/translationFiles.ts';
import { quotedPassages } from '../src/lib/i18n/quotedPassages.ts';

const content = readTranslatedContent('src/content');
const claims = content.find((c) => c.kind === 'claims')!;
const statements = content.find((c) => c.kind === 'statements')!.english;
const dutchOriginals = statements.filter((s) => s.data.language === 'nl' && s.data.kind === 'quote').map((s) => String(s.data.text));

// A passage of one or two words ("nooit geconstateerd" is two) may be our own word in quotation marks; three or more is a quote.
const isQuote = (text: string) => text.trim().split(/\s+/).length >= 3;

test('every Dutch quote in a Dutch claim is word for word the original in the English content', () => {
  const retyped: string[] = [];
  let checked = 0;
  for (const dutch of claims.dutch) {
    const english = claims.english.find((entry) => entry.id === dutch.id)!;
    const englishText = `${english.body}\n${JSON.stringify(english.data)}`;
    for (const passage of quotedPassages(dutch.body ?? '').filter((p) => p.kind === 'original' && isQuote(p.text))) {
      checked++;
      if (!dutchOriginals.some((original) => original.includes(passage.text)) && !englishText.includes(passage.text)) {
        retyped.push(`${dutch.filePath}: “${passage.text}”`);
      }
    }
  }
  assert.ok(checked > 20, `the Dutch analyses quote originals (${checked} passages checked)`);
  assert.deepEqual(retyped, []);
});

test('every Dutch-original statement a Dutch claim quotes at length is quoted exactly as statements.yaml has it', () => {
  // The stricter form of the rule for the statements themselves: where a Dutch analysis quotes the
  // opening words of a Dutch statement, it carries on with the statement's own words.
  const mismatches: string[] = [];
  let checked = 0;
  for (const dutch of claims.dutch) {
    const body = dutch.body ?? '';
    for (const original of dutchOriginals) {
      const opening = original.split(/\s+/).slice(0, 4).join(' ');
      if (opening.split(/\s+/).length < 4 || !body.includes(opening)) continue;
      for (const passage of quotedPassages(body).filter((p) => p.kind === 'original' && p.text.startsWith(opening))) {
        checked++;
        if (!original.includes(passage.text.replace(/[.,;:]$/, ''))) mismatches.push(`${dutch.filePath}: “${passage.text}” differs from “${original}”`);
      }
    }
  }
  assert.ok(checked > 10, `the Dutch analyses quote statements at length (${checked} passages checked)`);
  assert.deepEqual(mismatches, []);
});

// Words that occur in nearly every English sentence and in no Dutch one (Dutch "is", "in", "was" are left out).
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'were', 'has', 'have', 'we', 'our', 'its', 'by', 'on', 'that', 'this', 'with', 'could', 'did', 'not', 'been', 'any', 'from', 'for', 'never', 'after', 'said']);
const DUTCH_WORDS = new Set(['de', 'het', 'een', 'en', 'van', 'dat', 'niet', 'zijn', 'heeft', 'hebben', 'op', 'met', 'voor', 'door', 'te', 'er', 'die', 'ook', 'kon', 'geen', 'naar', 'om', 'bij', 'tot', 'nooit']);
const count = (text: string, words: Set<string>) => text.toLowerCase().split(/[^\p{L}']+/u).filter((word) => words.has(word)).length;

test('every English original a Dutch analysis quotes is marked as English, and every passage marked English is a quote', () => {
  // A screen reader reads a Dutch page in a Dutch voice: an English quote needs <span lang="en"> inside
  // its quotation marks. Marked passages must be the sources' words as the English content quotes them,
  // never an English sentence of ours left untranslated.
  const englishOriginals = statements.filter((s) => s.data.language === 'en').map((s) => String(s.data.text));
  const unmarked: string[] = [];
  const notQuotes: string[] = [];
  let marked = 0;
  for (const dutch of claims.dutch) {
    const english = claims.english.find((entry) => entry.id === dutch.id)!;
    const englishText = `${english.body}\n${Object.values(english.data).join('\n')}`;
    for (const passage of quotedPassages(dutch.body ?? '')) {
      const readsEnglish = passage.kind === 'english-original' || (count(passage.text, ENGLISH_WORDS) >= 2 && count(passage.text, DUTCH_WORDS) === 0);
      if (readsEnglish && passage.lang !== 'en' && passage.kind !== 'our-translation') unmarked.push(`${dutch.filePath}: "${passage.text}"`);
      if (passage.lang === 'en') {
        marked++;
        if (!englishText.includes(passage.text) && !englishOriginals.some((original) => original.includes(passage.text))) notQuotes.push(`${dutch.filePath}: "${passage.text}"`);
      }
    }
  }
  assert.ok(marked > 50, `the Dutch analyses quote English originals (${marked} marked passages)`);
  assert.deepEqual(unmarked, [], 'English originals without <span lang="en">');
  assert.deepEqual(notQuotes, [], 'passages marked English that the English content does not quote');
});

test('every Dutch analysis links exactly the pages its English analysis links: translations never add or drop a source', () => {
  const links = (markdown: string) => [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).sort();
  const differences = claims.dutch
    .map((dutch) => ({ dutch, english: claims.english.find((entry) => entry.id === dutch.id)! }))
    .filter(({ dutch, english }) => JSON.stringify(links(dutch.body ?? '')) !== JSON.stringify(links(english.body ?? '')))
    .map(({ dutch }) => dutch.filePath);
  assert.ok(claims.dutch.some((dutch) => links(dutch.body ?? '').length > 0), 'the analyses link sources');
  assert.deepEqual(differences, []);
});
