import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedPassages } from './quotedPassages.ts';

test('a Dutch original, an English original and our translation of it are told apart', () => {
  const text = 'Acme zei “nooit geconstateerd”. Reuters: "In all years, we have never observed" (onze vertaling: "In al die jaren hebben we nooit waargenomen"). Het woord ‘kon’ telt niet.';
  assert.deepEqual(quotedPassages(text), [
    { text: 'nooit geconstateerd', kind: 'original' },
    { text: 'In all years, we have never observed', kind: 'english-original' },
    { text: 'In al die jaren hebben we nooit waargenomen', kind: 'our-translation' },
  ]);
});

test('text without double quotes has no passages', () => {
  assert.deepEqual(quotedPassages('Vendor ‘kon’ het, niet ‘deed’ het.'), []);
});

test('an English original marked as English in MDX is read without its markup, and counts as English wherever it stands', () => {
  const text = 'Het artikel zegt "<span lang="en">could, and did</span>" (onze vertaling: "konden het, en deden het ook"); het woord "<span lang="en">did</span>" is van het artikel. Acme: "nooit geconstateerd".';
  assert.deepEqual(quotedPassages(text), [
    { text: 'could, and did', kind: 'english-original', lang: 'en' },
    { text: 'konden het, en deden het ook', kind: 'our-translation' },
    { text: 'did', kind: 'english-original', lang: 'en' },
    { text: 'nooit geconstateerd', kind: 'original' },
  ]);
});
