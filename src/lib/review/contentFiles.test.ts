import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { readRevisionContent } from './contentFiles.ts';

const DIR = new URL('../../content/', import.meta.url).pathname;
const claimFiles = readdirSync(`${DIR}claims`).filter((name) => name.endsWith('.mdx')).sort().map((name) => `claims/${name}`);
const read = (path: string) => {
  try {
    return readFileSync(`${DIR}${path}`, 'utf8');
  } catch {
    return undefined;
  }
};

test('every claim file is read, with its number, its rating as a reference and its analysis', () => {
  const { content, bodies } = readRevisionContent({ claimFiles, read });
  assert.equal(content.claims.length, claimFiles.length);
  for (const path of claimFiles) {
    const text = read(path)!;
    const slug = path.slice('claims/'.length, -'.mdx'.length);
    const entry = content.claims.find((claim) => claim.id === slug)!;
    assert.equal(entry.data.number, Number(/^number: (\d+)$/m.exec(text)![1]), path);
    assert.deepEqual(entry.data.rating, { collection: 'ratings', id: /^rating: (.+)$/m.exec(text)![1] }, path);
    assert.equal(bodies.get(slug), text.split(/^---$/m).slice(2).join('---').trim(), path);
  }
  for (const file of ['statements.yaml', 'sources.yaml', 'events.yaml', 'parties.yaml', 'ratings.yaml']) {
    const ids = [...read(file)!.matchAll(/^- id: (.+)$/gm)].map((match) => match[1]);
    const collection = file.replace('.yaml', '') as 'statements';
    assert.deepEqual(content[collection].map((entry) => entry.id), ids, file);
  }
});

test('an old revision is read leniently where the schemas add defaults, strictly where the model needs a value', () => {
  const claim = read(claimFiles[0]!)!;
  // A field today's schema requires but an old revision never had: read without complaint.
  const withoutShortForm = readRevisionContent({ claimFiles: [claimFiles[0]!], read: (path) => (path === claimFiles[0] ? claim.replace(/^shortForm: .*\n/m, '') : read(path)) });
  assert.equal(withoutShortForm.content.claims.length, 1);
  // A date that is not a date: the error names the file and the field.
  assert.throws(
    () => readRevisionContent({ claimFiles: [claimFiles[0]!], read: (path) => (path === claimFiles[0] ? claim.replace(/^published: .*$/m, 'published: "2026-13-45"') : read(path)) }),
    new RegExp(`${claimFiles[0]!.replace('.', '\\.')} → published: "2026-13-45" is not a date`),
  );
  assert.throws(() => readRevisionContent({ claimFiles: ['claims/x.mdx'], read: () => 'no front matter' }), /claims\/x\.mdx: no front matter/);
});
