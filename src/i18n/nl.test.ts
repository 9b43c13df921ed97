import { test } from 'node:test';
import assert from 'node:assert/strict';
import { en } from './en.ts';
import { nl } from './nl.ts';

/** Every leaf of a strings module: its dotted key and its value (a string, or a function's output for sample arguments). */
function leaves(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    // Sample arguments, as words and as numbers (1 and 2 give the singular and the plural); a
    // function that needs the other kind throws, and that sample is left out.
    const call = (args: unknown[]) => {
      try {
        return String(node(...args));
      } catch {
        return '';
      }
    };
    const words = Array.from({ length: node.length }, (_, i) => `Word${i}`);
    const numbers = Array.from({ length: node.length }, (_, i) => i + 1);
    // Lists of words too (the timeline's lanes, the respondents), for functions that join them.
    const lists = Array.from({ length: node.length }, (_, i) => (i === 0 ? ['Word0', 'Word1'] : `Word${i}`));
    return [[`${path}()`, `${call(words)} | ${call(numbers)} | ${call(lists)}`]];
  }
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

// Words that are the same in both languages: names, abbreviations, punctuation-only patterns.
const SAME_IN_DUTCH = new Set(['nav.label', 'footer.data', 'claim.pageTitle()', 'embed.stanceOf()', 'timeline.segmentDetail']);

test('the Dutch strings have every key of the English ones, of the same kind', () => {
  assert.deepEqual(leaves(nl).map(([key]) => key), leaves(en).map(([key]) => key));
});

test('no Dutch string is left in English', () => {
  const english = new Map(leaves(en));
  const untranslated = leaves(nl).filter(([key, value]) => english.get(key) === value && !SAME_IN_DUTCH.has(key)).map(([key]) => key);
  assert.deepEqual(untranslated, []);
});

test('the Dutch plurals and templates fill in their arguments', () => {
  assert.equal(nl.home.claimsRated(1), '1 bewering');
  assert.equal(nl.home.claimsRated(27), '27 beweringen');
  assert.equal(nl.claim.moreStatements('Acme', 1), 'Nog 1 uitspraak van Acme');
  assert.equal(nl.claim.moreStatements('Acme', 3), 'Nog 3 uitspraken van Acme');
  assert.equal(nl.review.changes.unchanged(1), '1 bewering is ongewijzigd.');
  assert.equal(nl.review.changes.unchanged(26), '26 beweringen zijn ongewijzigd.');
  assert.equal(nl.timeline.markLabel('17 april 2021', 'Acme reageert', 0), '17 april 2021: Acme reageert');
  assert.equal(nl.timeline.markLabel('17 april 2021', 'Acme reageert', 1), '17 april 2021: Acme reageert (zie de bewering)');
  assert.equal(nl.timeline.markLabel('17 april 2021', 'Acme reageert', 4), '17 april 2021: Acme reageert (zie 4 beweringen)');
  assert.equal(nl.home.textUpdates('De kern'), 'Wijzigingen in de kern');
  assert.equal(nl.claim.pageTitle('Gemeld', 'Vendor kon meeluisteren'), 'Gemeld: “Vendor kon meeluisteren”');
});
