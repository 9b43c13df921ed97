import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel } from '../content/siteModel.ts';
import { fixtureContent } from '../content/testFixture.ts';
import { shareCardInput } from './input.ts';
import { CARD_HEIGHT, CARD_WIDTH, claimCard } from './layout.ts';
import { cardPng, cardSvg, loadCardFonts } from './render.ts';
import { testFonts } from './fonts.test-helpers.ts';

const fonts = testFonts();
const model = buildSiteModel(fixtureContent());
const context = { stanceLabel: (stance: string) => stance, publisher: model.story.publisher, site: 'desk.example' };
const OPTIONS = { kicker: 'Fact-check', ratingField: 'Rating' };
const cardOf = (claim: (typeof model.claims)[number]) => claimCard(shareCardInput(claim, context), fonts.metrics, { ...OPTIONS, name: claim.slug });

/** The PNG file signature (PNG specification, 5.2). */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Reads the chunks of a PNG file as the specification lays them out: length, type, data, CRC. */
function chunks(png: Uint8Array): Array<{ type: string; data: Buffer }> {
  const bytes = Buffer.from(png);
  const found: Array<{ type: string; data: Buffer }> = [];
  for (let at = SIGNATURE.length; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    found.push({ type: bytes.toString('latin1', at + 4, at + 8), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return found;
}

// Every claim of the fixture, drawn once and shared by the tests below (a card takes a while to draw).
const drawn = await Promise.all(model.claims.map(async (claim) => ({ claim, png: await cardPng(cardOf(claim), fonts) })));

test('every claim card is a PNG file: the signature, then IHDR first and IEND last', () => {
  assert.ok(drawn.length >= 2, 'the fixture has at least two claims to compare');
  for (const { claim, png } of drawn) {
    assert.deepEqual([...png.subarray(0, 8)], SIGNATURE, claim.slug);
    const types = chunks(png).map((chunk) => chunk.type);
    assert.equal(types[0], 'IHDR', claim.slug);
    assert.equal(types.at(-1), 'IEND', claim.slug);
    assert.ok(types.includes('IDAT'), `${claim.slug}: no image data in ${types.join(', ')}`);
  }
});

test('the IHDR chunk gives the card’s size, 1200 × 630, the size og:image promises', () => {
  assert.deepEqual([CARD_WIDTH, CARD_HEIGHT], [1200, 630]);
  for (const { claim, png } of drawn) {
    const ihdr = chunks(png)[0]!.data;
    assert.equal(ihdr.length, 13, claim.slug);
    assert.deepEqual([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)], [1200, 630], claim.slug);
  }
});

test('different claims give different images', () => {
  const distinct = new Set(drawn.map(({ png }) => Buffer.from(png).toString('base64')));
  assert.equal(distinct.size, drawn.length);
});

test('one changed word changes the image', async () => {
  const { claim, png } = drawn[0]!;
  const other = await cardPng(claimCard({ ...shareCardInput(claim, context), shortForm: `${claim.shortForm} again` }, fonts.metrics, { ...OPTIONS, name: claim.slug }), fonts);
  assert.ok(!Buffer.from(png).equals(Buffer.from(other)));
});

test('the SVG draws text as paths, so the PNG needs no font on the machine that rasterises it', async () => {
  const svg = await cardSvg(cardOf(model.claims[0]!), fonts);
  assert.match(svg, new RegExp(`^<svg[^>]* width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
  assert.doesNotMatch(svg, /<text[\s>]/);
  assert.match(svg, /<path /);
});

test('bad input fails with a reason: bytes that are not a font, or no font at all', async () => {
  const notAFont = new TextEncoder().encode('<html>not a font</html>'.repeat(8));
  assert.throws(() => loadCardFonts({ serifBold: notAFont, sansRegular: notAFont, sansBold: notAFont }), /not a TTF, OTF or WOFF font/);
  await assert.rejects(cardPng(cardOf(model.claims[0]!), { ...fonts, satori: [] }), /No fonts are loaded/);
});
