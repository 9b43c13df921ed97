import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate } from '../partialDate.ts';
import { groupSourcesByOutlet, slugify } from './groups.ts';
import type { Source } from './siteModel.ts';

const source = (id: string, outlet: string, date?: string) => ({ id, outlet, date: date ? parsePartialDate(date) : undefined }) as unknown as Source;

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
