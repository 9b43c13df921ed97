import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate } from '../partialDate.ts';
import { groupSourcesByOutlet, groupStatementsByParty, slugify } from './groups.ts';
import type { Party, Source, Statement } from './siteModel.ts';

const source = (id: string, outlet: string, date?: string) => ({ id, outlet, date: date ? parsePartialDate(date) : undefined }) as unknown as Source;
const party = (id: string) => ({ id }) as Party;
const statement = (id: string, partyId: string, date: string) => ({ id, party: party(partyId), date: parsePartialDate(date)! }) as unknown as Statement;

test('outlets sort alphabetically without their article, newest source first, undated last', () => {
  const groups = groupSourcesByOutlet([source('a', 'NU.nl', '2019'), source('b', 'de Volkskrant', '2021-04-17'), source('c', 'NU.nl', '2021-04'), source('d', 'NU.nl')]);
  assert.deepEqual(groups.map((g) => g.outlet), ['NU.nl', 'de Volkskrant']);
  assert.deepEqual(groups[0]!.sources.map((s) => s.id), ['c', 'a', 'd']);
  assert.equal(groups[1]!.slug, 'de-volkskrant');
});

test('slugs drop accents instead of breaking words', () => {
  assert.equal(slugify('Müller & Zoon'), 'muller-zoon');
  assert.equal(slugify('NU.nl'), 'nu-nl');
});

test('statements group by party, KPN and Huawei first, oldest first, silent parties left out', () => {
  const groups = groupStatementsByParty(
    [party('aivd'), party('huawei'), party('capgemini'), party('kpn')],
    [statement('k2', 'kpn', '2021-04-19'), statement('a1', 'aivd', '2021-04-17'), statement('k1', 'kpn', '2021-03-29'), statement('h1', 'huawei', '2021-04-17')],
  );
  assert.deepEqual(groups.map((g) => g.party.id), ['kpn', 'huawei', 'aivd']);
  assert.deepEqual(groups[0]!.statements.map((s) => s.id), ['k1', 'k2']);
});
