import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { buildSiteModel } from '../content/siteModel.ts';
import { readRevisionContent, type RevisionContent } from './contentFiles.ts';
import { diffContent, diffText, markdownParagraphs } from './proofDiff.ts';

const DIR = new URL('../../content/', import.meta.url).pathname;
const claimFiles = readdirSync(`${DIR}claims`).filter((name) => name.endsWith('.mdx')).sort().map((name) => `claims/${name}`);
const labels = { stance: (stance: string) => `stance ${stance}` };

/** The real content, with the text of some files replaced. */
function content(replace: Record<string, (text: string) => string> = {}): RevisionContent {
  return readRevisionContent({
    claimFiles,
    read: (path) => {
      let text: string;
      try {
        text = readFileSync(`${DIR}${path}`, 'utf8');
      } catch {
        return undefined;
      }
      return replace[path] ? replace[path](text) : text;
    },
  });
}
function compare(before: RevisionContent, after: RevisionContent) {
  return diffContent(buildSiteModel(before.content), before.bodies, buildSiteModel(after.content), after.bodies, labels);
}
const numberOf = (path: string) => Number(/^number: (\d+)$/m.exec(readFileSync(`${DIR}${path}`, 'utf8'))![1]);
const marked = (parts: Array<{ value: string; added?: boolean; removed?: boolean }>, kind: 'added' | 'removed') =>
  parts.filter((part) => part[kind]).map((part) => part.value).join('');

test('the same content compared with itself: every claim unchanged, nothing marked', () => {
  const changes = compare(content(), content());
  assert.equal(changes.unchanged, claimFiles.length);
  assert.deepEqual([changes.changed.length, changes.added.length, changes.removed.length, changes.unlogged.length], [0, 0, 0, 0]);
  for (const claim of changes.claims) assert.ok(claim.fields.every((field) => field.parts.every((part) => !part.added && !part.removed)), claim.slug);
});

test('for every claim, a changed verdict marks that claim alone, its verdict, and flags it until an update is logged', () => {
  for (const path of claimFiles) {
    const edit = (text: string) => text.replace(/^verdict: "/m, 'verdict: "Proof-test words. ');
    const changes = compare(content(), content({ [path]: edit }));
    assert.deepEqual(changes.changed.map((claim) => claim.number), [numberOf(path)], path);
    const claim = changes.changed[0]!;
    assert.deepEqual(claim.fields.filter((field) => field.status !== 'same').map((field) => field.key), ['verdict'], path);
    assert.equal(marked(claim.fields.find((field) => field.key === 'verdict')!.parts, 'added').trim(), 'Proof-test words.', path);
    assert.equal(claim.unlogged, true, path);
    assert.equal(changes.unchanged, claimFiles.length - 1);

    const logged = (text: string) => edit(text).replace(/^updates: \[\]$/m, 'updates: []\n').replace(/^updates:.*$/m, 'updates:\n  - date: "2026-12-01"\n    change: "Verdict reworded."');
    const withLog = compare(content(), content({ [path]: logged }));
    assert.equal(withLog.changed[0]!.unlogged, false, path);
    assert.deepEqual(withLog.unlogged, []);
  }
});

test('a changed rating is marked with the old and the new label', () => {
  const path = claimFiles[0]!;
  const old = /^rating: (.+)$/m.exec(readFileSync(`${DIR}${path}`, 'utf8'))![1]!;
  const other = old === 'disputed' ? 'confirmed' : 'disputed';
  const changes = compare(content(), content({ [path]: (text) => text.replace(/^rating: .+$/m, `rating: ${other}`) }));
  const rating = changes.changed[0]!.fields.find((field) => field.key === 'rating')!;
  const label = (id: string) => new RegExp(`- id: ${id}\\n\\s+label: (.+)`).exec(readFileSync(`${DIR}ratings.yaml`, 'utf8'))![1];
  assert.equal(marked(rating.parts, 'removed').trim(), label(old));
  assert.equal(marked(rating.parts, 'added').trim(), label(other));
  assert.equal(changes.changed[0]!.unlogged, true);
});

test('an analysis paragraph inserted in the middle is one insertion, not every later paragraph changed', () => {
  const path = claimFiles[1]!;
  const changes = compare(content(), content({ [path]: (text) => text.replace(/\n\n/, '\n\nA new paragraph for the test.\n\n') }));
  const body = changes.changed[0]!.fields.filter((field) => field.key.startsWith('body:') && field.status !== 'same');
  assert.deepEqual(body.map((field) => [field.status, marked(field.parts, 'added')]), [['added', 'A new paragraph for the test.']]);
  assert.equal(changes.changed[0]!.unlogged, false, 'the analysis is not a field the policy watches');
});

test('a removed and an added claim are listed as such', () => {
  const [first, second] = claimFiles;
  const before = content();
  const after = content();
  after.content.claims = after.content.claims.filter((claim) => `claims/${claim.id}.mdx` !== first);
  before.content.claims = before.content.claims.filter((claim) => `claims/${claim.id}.mdx` !== second);
  const changes = compare(before, after);
  assert.deepEqual(changes.removed.map((claim) => claim.number), [numberOf(first!)]);
  assert.deepEqual(changes.added.map((claim) => claim.number), [numberOf(second!)]);
});

test('word diff keeps both sides: "could" struck, "did" inserted', () => {
  const field = diffText('verdict', 'The vendor could listen in.', 'The vendor did listen in.');
  assert.equal(field.status, 'changed');
  assert.equal(marked(field.parts, 'removed'), 'could');
  assert.equal(marked(field.parts, 'added'), 'did');
  assert.equal(field.parts.filter((part) => !part.added && !part.removed).map((part) => part.value).join(''), 'The vendor  listen in.');
});

test('Markdown paragraphs keep link text and address, lose emphasis marks', () => {
  assert.deepEqual(markdownParagraphs('One [NU.nl](https://www.nu.nl/a) and **bold** and *it*.\n\nTwo\nlines.'), [
    'One NU.nl <https://www.nu.nl/a> and bold and it.',
    'Two lines.',
  ]);
});
