import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { NEUTRAL_ACCENT, PALETTE, TONES } from './palette.ts';

const tokens = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8');
/** The light value of a light-dark() token in tokens.css. */
const light = (name: string) => new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6})`, 'i').exec(tokens)?.[1]?.toLowerCase();

test('the card’s colours are the site’s light-scheme tokens', () => {
  assert.equal(PALETTE.background, light('bg-soft'));
  assert.equal(PALETTE.text, light('fg'));
  assert.equal(PALETTE.muted, light('fg-muted'));
  assert.equal(PALETTE.line, light('line'));
});

test('every rating tone of the site has its card colour, equal to its token', () => {
  const toneNames = [...tokens.matchAll(/--tone-([a-z]+):/g)].map((match) => match[1]!);
  assert.ok(toneNames.length >= 5);
  assert.deepEqual(Object.keys(TONES).sort(), [...toneNames].sort());
  for (const tone of toneNames) assert.equal(TONES[tone], light(`tone-${tone}`), tone);
});

test('the neutral accent is neither a respondent’s colour nor a rating’s', () => {
  const respondents = [...tokens.matchAll(/--(respondent-\d+):/g)].map((match) => match[1]!);
  assert.ok(respondents.length >= 2);
  for (const name of respondents) {
    assert.ok(light(name), name);
    assert.notEqual(NEUTRAL_ACCENT, light(name));
  }
  assert.ok(!Object.values(TONES).includes(NEUTRAL_ACCENT));
});
