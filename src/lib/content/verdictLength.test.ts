import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import yaml from 'js-yaml';
import { MAX_VERDICT_WORDS, countWords } from './verdictLength.ts';

test('counts words as a reader does', () => {
  const cases: Array<[string, number]> = [
    ['', 0],
    ['   ', 0],
    ['Huawei denies it.', 3],
    ["KPN's present-tense denial", 3],
    ['between 2009–2010 and 2021', 4],
    ['could — not did', 3],
    ['  leading and\ttrailing\nspace  ', 4],
    ['EUR 450,000 fine', 3],
  ];
  for (const [text, expected] of cases) assert.equal(countWords(text), expected, JSON.stringify(text));
});

// The content as written, read straight from the files (not through the build), so that every claim
// is checked, including one the site might fail to render.
const CLAIMS_DIR = new URL('../../content/claims/', import.meta.url);
const claims = readdirSync(CLAIMS_DIR)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const frontmatter = readFileSync(new URL(file, CLAIMS_DIR), 'utf8').split(/^---$/m)[1]!;
    return { file, ...(yaml.load(frontmatter) as { number: number; verdict: string }) };
  });

test('the content has claims to check', () => {
  assert.ok(claims.length > 0, 'no claim files found');
});

for (const claim of claims) {
  test(`claim ${claim.number} (${claim.file}): the verdict has at most ${MAX_VERDICT_WORDS} words`, () => {
    assert.equal(typeof claim.verdict, 'string', 'verdict missing');
    const words = countWords(claim.verdict);
    assert.ok(words <= MAX_VERDICT_WORDS, `src/content/claims/${claim.file} → verdict: ${words} words, the limit is ${MAX_VERDICT_WORDS}: “${claim.verdict}”`);
  });
}
