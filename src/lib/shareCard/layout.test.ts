import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, claimCard, overviewCard, type CardNode, type ShareCardInput } from './layout.ts';
import { cardPng, cardSvg } from './render.ts';
import { PALETTE } from './palette.ts';
import { testFonts } from './fonts.test-helpers.ts';

const fonts = testFonts();
const OPTIONS = { name: 'src/content/claims/x.mdx (claim 9)', kicker: 'Fact-check', ratingField: 'Rating' };

function claim(overrides: Partial<ShareCardInput> = {}): ShareCardInput {
  return {
    shortForm: 'Vendor could eavesdrop on XYZ’s mobile network',
    ratingLabel: 'Reported',
    ratingTone: 'reported',
    stances: [
      { party: 'XYZ', stance: 'Denies' },
      { party: 'Vendor', stance: 'Did not address', silent: true },
    ],
    publisher: 'The Fact-Check Desk',
    site: 'factcheck.example.org',
    ...overrides,
  };
}

/** Every text the card draws, in reading order. */
function texts(node: CardNode): string[] {
  const { children } = node.props;
  if (typeof children === 'string') return [children];
  if (!children) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

/** The bottom rows of labelled cells (the nodes whose children carry a left rule). */
function cellRows(node: CardNode): number[] {
  const { children } = node.props;
  if (!Array.isArray(children)) return [];
  const here = children.filter((child) => typeof child.props.style.borderLeft === 'string').length;
  return [...(here > 0 ? [here] : []), ...children.flatMap(cellRows)];
}

test('a claim card says the short form, the rating in words, and every party with its stance', () => {
  const card = claimCard(claim(), fonts.metrics, OPTIONS);
  const all = texts(card);
  const joined = all.join(' ');
  assert.ok(joined.includes('Vendor could eavesdrop'), joined);
  for (const text of ['Reported', 'XYZ', 'Denies', 'VENDOR', 'Did not address', 'The Fact-Check Desk', 'factcheck.example.org', 'RATING']) assert.ok(all.includes(text), `${text} in ${JSON.stringify(all)}`);
});

test('the short form is drawn whole, word for word, across its lines', () => {
  const shortForm = 'Chinese state operatives could eavesdrop on XYZ users as Vendor staff could';
  const all = texts(claimCard(claim({ shortForm }), fonts.metrics, OPTIONS));
  const start = all.indexOf('FACT-CHECK') + 1;
  const end = all.indexOf('RATING');
  assert.equal(all.slice(start, end).join(' '), shortForm);
});

test('two respondents sit side by side with the rating; three or four in one row; more wrap onto a second row', () => {
  const stances = (n: number) => Array.from({ length: n }, (_, i) => ({ party: `Party ${i + 1}`, stance: 'Partly addresses' }));
  assert.deepEqual(cellRows(claimCard(claim(), fonts.metrics, OPTIONS)), [3]);
  assert.deepEqual(cellRows(claimCard(claim({ stances: stances(3) }), fonts.metrics, OPTIONS)), [4]);
  assert.deepEqual(cellRows(claimCard(claim({ stances: stances(5) }), fonts.metrics, OPTIONS)), [4, 2]);
});

test('a short form that cannot fit stops the build naming the claim and the field', () => {
  assert.throws(
    () => claimCard(claim({ shortForm: 'Vendor could eavesdrop on the mobile network of XYZ, '.repeat(4) }), fonts.metrics, OPTIONS),
    /src\/content\/claims\/x\.mdx \(claim 9\) → shortForm: ".*" does not fit the share card: it needs more than \d lines/,
  );
});

test('a word wider than the card is reported, never cut', () => {
  assert.throws(() => claimCard(claim({ shortForm: `XYZ ${'Telecommunicatie'.repeat(4)}` }), fonts.metrics, OPTIONS), /→ shortForm: .*the word "Telecommunicatie/);
});

test('a stance too long for its cell is reported with the party named', () => {
  assert.throws(
    () => claimCard(claim({ stances: [{ party: 'XYZ', stance: 'Partly confirms and partly disputes it at some length' }, { party: 'Vendor', stance: 'Denies' }] }), fonts.metrics, OPTIONS),
    /→ stance of XYZ: /,
  );
});

test('a character the card’s font cannot draw is reported, not drawn as a blank box', () => {
  assert.throws(() => claimCard(claim({ shortForm: 'Vendor (华为) could eavesdrop' }), fonts.metrics, OPTIONS), /shortForm: the share card's font has no glyph for "华" \(U\+534E\), "为"/);
});

test('the home and timeline cards say their title, sentence and facts', () => {
  const card = overviewCard(
    { kicker: 'Timeline', title: 'The affair, 2004 to 2022', summary: 'What happened, in order.', facts: [{ label: 'Events', value: '49' }, { label: 'From', value: '2004' }], publisher: 'P', site: 's.example' },
    fonts.metrics,
    { name: 'timeline' },
  );
  const all = texts(card);
  for (const text of ['TIMELINE', 'The affair, 2004 to 2022', 'What happened, in order.', 'EVENTS', '49', 'FROM', '2004']) assert.ok(all.includes(text), text);
});

test('nothing is drawn in the right margin, even with the longest texts the limits allow', async () => {
  const card = claimCard(
    claim({
      shortForm: 'Mmmmmm Wwwwww Mmmmmm Wwwwww Mmmmmm Wwwwww Mmmmmm Wwwwww Mmmmm',
      ratingLabel: 'Missing context',
      stances: [
        { party: 'Telecommunicatie', stance: 'Partly addresses' },
        { party: 'Vendor', stance: 'Partly confirms' },
        { party: 'Regulator', stance: 'Partly addresses' },
      ],
    }),
    fonts.metrics,
    OPTIONS,
  );
  const rendered = new Resvg(await cardSvg(card, fonts), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  assert.equal(rendered.width, CARD_WIDTH);
  assert.equal(rendered.height, CARD_HEIGHT);
  const pixels = rendered.pixels;
  const background = [0xf4, 0xf4, 0xf1];
  assert.equal(PALETTE.background, '#f4f4f1');
  const margin = 1142; // the content column ends at 1200 − 60 px
  for (let y = 0; y < CARD_HEIGHT; y++) {
    for (let x = margin; x < CARD_WIDTH; x++) {
      const at = (y * CARD_WIDTH + x) * 4;
      const rgb = [pixels[at], pixels[at + 1], pixels[at + 2]];
      assert.deepEqual(rgb, background, `pixel (${x}, ${y}) is drawn in the right margin`);
    }
  }
});

test('the PNG is 1200 × 630 and byte-identical when drawn again', async () => {
  const first = await cardPng(claimCard(claim(), fonts.metrics, OPTIONS), fonts);
  const second = await cardPng(claimCard(claim(), fonts.metrics, OPTIONS), fonts);
  assert.deepEqual(Buffer.from(first.subarray(0, 8)), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const ihdr = Buffer.from(first.subarray(16, 24));
  assert.deepEqual([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)], [1200, 630]);
  assert.ok(Buffer.from(first).equals(Buffer.from(second)));
});
