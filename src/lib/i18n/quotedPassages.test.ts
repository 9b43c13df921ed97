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
