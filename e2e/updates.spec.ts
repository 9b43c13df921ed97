/**
 * A correction is never silent. For every claim with an updates log, each entry must reach the
 * reader wherever the claim is published: its page, the Atom feed, claims.json, the print proof and
 * the embed card (the page and the card in claims.spec.ts's per-claim test, with support/updates.ts).
 * The expectations come from the content files, read independently of the build.
 */
import { test, expect } from './support/fixtures';
import { claims, events, overviewTexts } from './support/content';
import { PREVIEW_PORT } from '../playwright.config';
import { latest, readable } from './support/updates';

const ALL = claims();
const UPDATED = ALL.filter((claim) => (claim.updates ?? []).length > 0);
const ORIGIN = `http://localhost:${PREVIEW_PORT}`;

test('the corrections of issue 10 are logged: at least the seven claims it names have updates', () => {
  // Claims 1, 2, 8, 11, 14, 17 and 27 were corrected on 2026-12-01; losing a log line must fail here.
  for (const number of [1, 2, 8, 11, 14, 17, 27]) {
    const claim = ALL.find((c) => c.number === number)!;
    expect(claim.updates?.some((u) => u.date === '2026-12-01'), `claim ${number} logs its correction`).toBe(true);
  }
});

test('every update is dated on or after the claim was published, oldest first', () => {
  for (const claim of UPDATED) {
    const dates = claim.updates!.map((u) => u.date);
    expect(dates, `claim ${claim.number}: oldest first`).toEqual([...dates].sort());
    expect(dates[0]! >= claim.published, `claim ${claim.number}: not before publication`).toBe(true);
  }
});

// Each claim's page (its log, or that it has none) and its embed card (when it last changed, or no such
// line) are checked by the per-claim test of claims.spec.ts, with support/updates.ts.

test('the feed carries every update as an entry, and each updated claim\'s newest entry has its latest update date', async ({ request }) => {
  const xml = await (await request.get('/feed.xml')).text();
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => ({
    id: /<id>([^<]*)<\/id>/.exec(body!)![1]!,
    updated: /<updated>([^<]*)<\/updated>/.exec(body!)![1]!,
    href: /<link rel="alternate" type="text\/html" href="([^"]*)"/.exec(body!)![1]!,
    summary: /<summary>([\s\S]*?)<\/summary>/.exec(body!)![1]!,
  }));
  const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const feedUpdated = /<feed[\s\S]*?<updated>([^<]*)<\/updated>/.exec(xml)![1]!;
  expect(UPDATED.length).toBeGreaterThan(0);
  for (const claim of UPDATED) {
    const url = `${ORIGIN}/claims/${claim.slug}/`;
    const own = entries.filter((entry) => entry.href === url);
    expect(own, `claim ${claim.number}: publication plus one entry per update`).toHaveLength(claim.updates!.length + 1);
    // The feed is newest first, so the claim's first entry is its latest change.
    expect(own[0]!.updated, `claim ${claim.number}: newest entry`).toBe(`${latest(claim)}T00:00:00Z`);
    for (const update of claim.updates!) {
      expect(own.some((entry) => entry.updated === `${update.date}T00:00:00Z` && unescape(entry.summary) === update.change), `claim ${claim.number}: "${update.change.slice(0, 40)}…" in the feed`).toBe(true);
    }
    expect(feedUpdated >= `${latest(claim)}T00:00:00Z`, 'the feed itself is at least as new as its newest change').toBe(true);
  }
});

test('claims.json carries every claim\'s updates log', async ({ request }) => {
  const data = (await (await request.get('/claims.json')).json()) as { claims: Array<{ slug: string; updates: Array<{ date: string; change: string }> }> };
  for (const claim of ALL) {
    const exported = data.claims.find((c) => c.slug === claim.slug);
    expect(exported, `claim ${claim.number} in claims.json`).toBeTruthy();
    expect(exported!.updates, `claim ${claim.number}: updates`).toEqual(claim.updates ?? []);
  }
});

test('the print proof prints every claim\'s updates', async ({ page }) => {
  await page.goto('/review/');
  for (const claim of UPDATED) {
    const article = page.locator(`article[data-claim="${claim.slug}"]`);
    for (const update of claim.updates!) await expect(article).toContainText(`${readable(update.date)}: ${update.change}`);
  }
});

/** Markdown as plain text, with typographic quotes folded, so the source and the rendered page compare. */
const plain = (text: string) =>
  text.replace(/\*+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

for (const text of overviewTexts()) {
  // The methodology's paragraphs are on its page; the lede and the bottom line on the home page.
  const path = text.id.startsWith('methodology') ? '/methodology/' : '/';
  test(`${path}: the ${text.id} comes from content, with its corrections log`, async ({ page }) => {
    await page.goto(path);
    const block = page.locator(`[data-overview="${text.id}"]`);
    await expect(block).toHaveCount(1);
    // The first paragraph, or the first item of a list.
    const first = text.body.split(/\n\s*\n|\n(?=- )/)[0]!.replace(/^- /, '');
    expect(plain(await block.locator('p, li').first().innerText())).toBe(plain(first));
    for (const update of text.updates ?? []) await expect(block).toContainText(`${readable(update.date)}: ${update.change}`);
  });
}

test('the proof\'s cover prints the bottom line as the home page shows it, corrections included', async ({ page }) => {
  const bottomLine = overviewTexts().find((text) => text.id === 'bottom-line')!;
  await page.goto('/review/');
  const cover = page.locator('[data-overview="bottom-line"]');
  await expect(cover).toHaveCount(1);
  // On the cover page: after the cover's facts, before the first claim.
  expect(await cover.evaluate((node) => node.compareDocumentPosition(document.querySelector('.review-claim')!) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
  expect(await cover.evaluate((node) => document.querySelector('section.cover')!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
  expect(plain(await cover.locator('p').first().innerText())).toBe(plain(bottomLine.body));
  for (const update of bottomLine.updates ?? []) await expect(cover).toContainText(update.change);
});

test('the timeline takeaway still counts right: ten day-dated events on four days, 17 to 20 April 2021', () => {
  // The takeaway (story.yaml) says "ten events followed in four days, to 20 April"; if an event
  // is added, moved or re-dated, this fails and the sentence must be rewritten.
  const burst = events().filter((event) => /^2021-04-(1[7-9]|20)$/.test(event.date));
  expect(burst).toHaveLength(10);
  expect(new Set(burst.map((event) => event.date))).toEqual(new Set(['2021-04-17', '2021-04-18', '2021-04-19', '2021-04-20']));
  // …and the article under review is not among them: it is dated only to the month.
  expect(events().find((event) => event.isArticleUnderReview)!.date).toBe('2021-04');
});
