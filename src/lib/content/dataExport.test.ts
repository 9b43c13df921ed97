import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsJson, csvCell, timelineCsv, timelineJson } from './dataExport.ts';
import { buildSiteModel } from './siteModel.ts';
import { fixtureContent } from './testFixture.ts';

/**
 * The published JSON and CSV are a contract with whoever downloads them: the snapshots make any
 * change to their fields a visible diff in review (update with --test-update-snapshots, on purpose).
 */
const model = buildSiteModel(fixtureContent());

test('claims.json keeps its fields', (t) => {
  t.assert.snapshot(JSON.parse(claimsJson(model, (claim) => `https://example.org/claims/${claim.slug}/`)));
});

test('claims.json lists only the statements claims quote and the sources cited somewhere', () => {
  const data = JSON.parse(claimsJson(model, () => ''));
  assert.deepEqual(data.statements.map((s: { id: string }) => s.id).sort(), ['a-denies', 'b-general']);
  assert.ok(!data.sources.some((s: { id: string }) => s.id === 's-unused'));
  assert.equal(data.statements.find((s: { id: string }) => s.id === 'a-denies').translationBy, 'ours');
});

test('timeline.csv keeps its columns and quotes what needs quoting', (t) => {
  const csv = timelineCsv(model);
  t.assert.snapshot(csv);
  assert.ok(csv.endsWith('\r\n'));
  assert.equal(csv.split('\r\n')[0], 'id,date,datePrecision,until,untilPrecision,kind,title,lane,parties,confidence,sources,claims');
});

test('timeline.json keeps its fields', (t) => {
  t.assert.snapshot(JSON.parse(timelineJson(model)));
});

test('CSV cells follow RFC 4180', () => {
  for (const [input, expected] of [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ]) assert.equal(csvCell(input!), expected, input);
});
