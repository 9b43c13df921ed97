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

test('every Dutch analysis links exactly the pages its English analysis links: translations never add or drop a source', () => {
  const links = (markdown: string) => [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).sort();
  const differences = claims.dutch
    .map((dutch) => ({ dutch, english: claims.english.find((entry) => entry.id === dutch.id)! }))
    .filter(({ dutch, english }) => JSON.stringify(links(dutch.body ?? '')) !== JSON.stringify(links(english.body ?? '')))
    .map(({ dutch }) => dutch.filePath);
  assert.ok(claims.dutch.some((dutch) => links(dutch.body ?? '').length > 0), 'the analyses link sources');
  assert.deepEqual(differences, []);
});
