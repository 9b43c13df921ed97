/**
 * Share cards: every claim page, the home page and the timeline point to their own 1200 × 630 PNG,
 * published in the build, and describe it in words (og:image:alt). Read as a link preview reads them:
 * the page's meta tags, then the image at the address they give.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { barePath, builtPages, DIST, EDITIONS, editionOf } from './support/pages';
import { claims, parties, ratingLabel, story } from './support/content';
import { PREVIEW_PORT } from '../playwright.config';
import { uiFor } from '../src/i18n/ui.ts';

const ui = uiFor('en');

const ORIGIN = `http://localhost:${PREVIEW_PORT}`;
const PARTY_NAMES = new Map(parties().map((party) => [party.id, party.shortName]));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The image's size from its IHDR chunk (the first chunk of every PNG). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'a PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The share-image tags of a built page, read from its HTML in dist/. */
function builtImageTags(path: string) {
  const html = readFileSync(`${DIST}${path}index.html`, 'utf8');
  const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
  return { image: meta('og:image'), alt: meta('og:image:alt') };
}

/** The file in dist/ behind an absolute image URL of the site. */
function builtFile(url: string): string {
  expect(url.startsWith(`${ORIGIN}/`), `${url} is an absolute URL of the site`).toBe(true);
  return `${DIST}${new URL(url).pathname.slice(1)}`;
}

/** An attribute value as the HTML parser reads it: the entities Astro writes into attributes, decoded. */
const decode = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** The content of the served page's <meta property|name="key">, decoded; undefined if there is none or more than one. */
function servedMeta(html: string, key: string): string | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...html.matchAll(new RegExp(`<meta (?:property|name)="${escaped}" content="([^"]*)"`, 'g'))];
  return found.length === 1 ? decode(found[0]![1]!) : undefined;
}

test.describe('claim share cards', () => {
  for (const claim of claims()) {
    test(`claim ${claim.number} shares its own 1200 × 630 card, described in words`, async ({ request }) => {
      // As a link preview reads the page: the HTML the server sends, not a rendered page.
      const served = await (await request.get(`/claims/${claim.slug}/`)).text();
      const meta = (key: string) => servedMeta(served, key);
      const image = meta('og:image')!;
      expect(image).toBe(`${ORIGIN}/og/claims/${claim.slug}.png`);
      expect(meta('twitter:image')).toBe(image);
      expect(meta('og:image:width')).toBe('1200');
      expect(meta('og:image:height')).toBe('630');
      expect(meta('twitter:card')).toBe('summary_large_image');

      // The file is in the build, and the server sends it as a PNG of the size the tags state.
      const file = builtFile(image);
      expect(existsSync(file), `${file} exists`).toBe(true);
      const response = await request.get(image);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('image/png');
      const bytes = await response.body();
      expect(bytes.equals(readFileSync(file))).toBe(true);
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });

      // The alt text says what the card says: the claim, the rating and every respondent's stance.
      const alt = meta('og:image:alt')!;
      const { shortForm } = claim as unknown as { shortForm: string };
      expect(alt).toContain(shortForm);
      expect(alt).toContain(ratingLabel(claim.rating));
      for (const [party, response] of Object.entries(claim.responses)) {
        expect(alt).toContain(`${PARTY_NAMES.get(party)}: ${ui.stances[response.stance]}`);
      }
    });
  }

  test('every claim’s card differs from every other claim’s', () => {
    const seen = new Map<string, string>();
    for (const claim of claims()) {
      const { image } = builtImageTags(`claims/${claim.slug}/`);
      const hash = createHash('sha256').update(readFileSync(builtFile(image!))).digest('hex');
      expect(seen.get(hash), `claim ${claim.slug} has the same card as ${seen.get(hash)}`).toBeUndefined();
      seen.set(hash, claim.slug);
    }
    expect(seen.size).toBe(claims().length);
  });
});

test('the home page and the timeline share their own cards, which say in words what they show', async ({ request }) => {
  const home = builtImageTags('');
  const timeline = builtImageTags('timeline/');
  expect(home.image).toBe(`${ORIGIN}/og/home.png`);
  expect(timeline.image).toBe(`${ORIGIN}/og/timeline.png`);
  for (const { image } of [home, timeline]) {
    const response = await request.get(image!);
    expect(response.headers()['content-type']).toContain('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  }
  // The home card counts the claims by rating; its alt text names each rating with its count.
  const counts = new Map<string, number>();
  for (const claim of claims()) counts.set(claim.rating, (counts.get(claim.rating) ?? 0) + 1);
  for (const [rating, count] of counts) expect(decode(home.alt!)).toContain(`${ratingLabel(rating)} ${count}`);
  expect(decode(timeline.alt!)).toContain(story().timeline.title);
  expect(decode(timeline.alt!)).toContain(story().timeline.takeaway);
  const cards = [home.image, timeline.image, ...claims().map((claim) => builtImageTags(`claims/${claim.slug}/`).image)].map((image) => readFileSync(builtFile(image!)));
  expect(new Set(cards.map((bytes) => createHash('sha256').update(bytes).digest('hex'))).size).toBe(cards.length);
});

test('every other page shares its edition’s home card, with its alt text; the first edition’s image stays at its address', async ({ request }) => {
  const others = builtPages().filter((path) => path.endsWith('/') && !/^\/(claims\/|embed\/|timeline\/$|$)/.test(barePath(path)));
  expect(others.length).toBeGreaterThan(0);
  for (const path of others) {
    const prefix = EDITIONS.find((edition) => edition.locale === editionOf(path))!.prefix;
    const home = builtImageTags(`${prefix.slice(1)}${prefix ? '/' : ''}`);
    const { image, alt } = builtImageTags(path.slice(1));
    expect(image, path).toBe(`${ORIGIN}${prefix}/og/home.png`);
    expect(alt, path).toBe(home.alt);
  }
  // Links shared before the cards existed point at og/site.png: it must keep answering.
  const response = await request.get('/og/site.png');
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
});
