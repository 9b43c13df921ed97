/**
 * The two editions (issue 13): every claim page in each language shows the claim, its rating and one
 * region per respondent, named in that language; every page links its other edition both ways; a
 * Dutch page shows no English interface word outside the passages marked as English, and marks as
 * English (or another language) only the sources' own words, never an English word of ours.
 */
import { test, expect } from './support/fixtures';
import { EDITIONS, barePath, builtPages, editionOf, editionPages } from './support/pages';
import { claims, dutchClaims, dutchRatingLabel, ratingLabel, respondents, sourcesOwnWords } from './support/content';
import { en } from '../src/i18n/en';
import { nl } from '../src/i18n/nl';
import { PREVIEW_PORT } from '../playwright.config';

const ORIGIN = `http://localhost:${PREVIEW_PORT}`;
const DUTCH = dutchClaims();
const STRINGS = { en, nl } as const;
/** What a claim page shows in each edition, from that edition's content. */
const edition = {
  en: (_slug: string, claim: { claim: string; rating: string; verdict: string }) => ({ claim: claim.claim, rating: ratingLabel(claim.rating), verdict: claim.verdict }),
  nl: (slug: string, claim: { rating: string }) => ({ claim: DUTCH.get(slug)!.claim, rating: dutchRatingLabel(claim.rating), verdict: DUTCH.get(slug)!.verdict }),
};

test('the Dutch edition holds every page of the English one', () => {
  const english = editionPages('en').filter((path) => path !== '/404.html');
  const dutch = new Set(editionPages('nl'));
  expect(english.length).toBeGreaterThan(60);
  for (const path of english) expect(dutch.has(`/nl${path}`), `/nl${path}`).toBe(true);
  expect(dutch.has('/nl/404/')).toBe(true);
});

for (const { locale, prefix } of EDITIONS) {
  const ui = STRINGS[locale];
  for (const claim of claims()) {
    test(`${locale}: claim ${claim.number} shows the claim, its rating and one region per respondent, in ${locale}`, async ({ page }) => {
      await page.goto(`${prefix}/claims/${claim.slug}/`);
      const expected = edition[locale](claim.slug, claim);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${ui.claim.claimLabel}: “${expected.claim}”`);
      const ratingBox = page.getByRole('region', { name: ui.claim.ratingHeading });
      await expect(ratingBox.locator(`[data-rating="${claim.rating}"]`).first()).toHaveText(expected.rating);
      await expect(ratingBox).toContainText(expected.verdict);
      for (const party of respondents()) {
        await expect(page.getByRole('region', { name: ui.claim.responseOf(party.name) })).toBeVisible();
      }
      // ClaimReview: the edition's URL and language.
      const reviews = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)).filter((data) => data['@type'] === 'ClaimReview');
      expect(reviews).toHaveLength(1);
      expect(reviews[0].inLanguage).toBe(locale);
      expect(reviews[0].url).toBe(`${ORIGIN}${prefix}/claims/${claim.slug}/`);
      expect(reviews[0].reviewRating.name).toBe(expected.rating);
    });
  }
}

test('the language switch leads to the same page in the other language, and back', async ({ page }) => {
  for (const path of builtPages().filter((p) => !barePath(p).startsWith('/embed/') && !barePath(p).startsWith('/404'))) {
    const locale = editionOf(path);
    const other = locale === 'en' ? 'nl' : 'en';
    const target = `${EDITIONS.find((e) => e.locale === other)!.prefix}${barePath(path)}`;
    const html = await (await page.request.get(path)).text();
    const switchLink = new RegExp(`<a href="${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" hreflang="${other}" lang="${other}"[^>]*>${other === 'nl' ? 'Nederlands' : 'English'}</a>`);
    expect(html, `${path} links ${target}`).toMatch(switchLink);
  }
  // And a reader can follow it.
  await page.goto('/methodology/');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/methodology\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nl.methodology.title);
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/methodology\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.methodology.title);
});

/** Every string of the English interface that differs from its Dutch counterpart. */
function englishOnlyStrings(): string[] {
  const leaves = (node: unknown, path = ''): Array<[string, unknown]> =>
    typeof node === 'object' && node !== null ? Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key)) : [[path, node]];
  const dutch = new Map(leaves(nl));
  return leaves(en).filter(([key, value]) => typeof value === 'string' && value !== dutch.get(key)).map(([, value]) => value as string);
}
const isWord = (text: string) => !/\s/.test(text.trim());
/** Sentences and phrases: checked against all the visible text. */
const ENGLISH_PHRASES = englishOnlyStrings().filter((text) => !isWord(text));
/**
 * Single words ("Sources", "Claim", "confirmed"): checked where the interface labels things (headings,
 * navigation, table and list heads, captions), since in prose the same letters are names ("Dutch
 * Cowboys", "German Marshall Fund") or words of a quote.
 */
// Language names are also parts of outlets' names ("Dutch Cowboys"), and words of three letters ("and") turn up in quoted fragments.
const LANGUAGE_NAMES = new Set(Object.values(en.statement.languages));
const ENGLISH_WORDS = englishOnlyStrings().filter((text) => isWord(text) && text.length >= 4 && !LANGUAGE_NAMES.has(text));
const LABELS = 'h1, h2, h3, h4, nav, th, dt, summary, figcaption, caption, label, button, legend, .label, .meta > .label, .conf, .kicker';
const contains = (text: string, english: string) => new RegExp(`(^|[^\\p{L}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

/** Quotation marks, ellipses and spacing differ between a quote and its setting on a page; the words do not. */
const wordsOf = (text: string) => text.replace(/[“”"‘’'…]/g, '').replace(/\s+/g, ' ').trim();
/** The sources' own words, one per line, for finding a marked passage inside them. */
const SOURCES_OWN_WORDS = `\n${sourcesOwnWords().map(wordsOf).join('\n')}\n`;
/** The link to the English edition, named in English so a reader of English finds it. */
const OTHER_EDITION_LINK = 'English';

for (const path of editionPages('nl')) {
  test(`${path} shows no English interface string, and marks as another language only the sources’ own words`, async ({ page }) => {
    await page.goto(path);
    // Visible text, without the passages in another language (quotes in English, published titles,
    // outlets' names, the link to the English edition), which carry their own lang.
    const { all, labels, marked } = await page.locator('body').evaluate((body, selector) => {
      const clone = body.cloneNode(true) as HTMLElement;
      const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
      const foreign = [...clone.querySelectorAll('[lang]:not([lang^="nl"])')];
      // The outermost marked passages, each with its language.
      const marked = foreign.filter((element) => !foreign.some((other) => other !== element && other.contains(element))).map((element) => ({ lang: element.getAttribute('lang')!, text: squash(element.textContent).trim() }));
      for (const element of [...foreign, ...clone.querySelectorAll('script, style, svg title')]) element.remove();
      return { all: squash(clone.textContent), labels: [...clone.querySelectorAll(selector)].map((element) => squash(element.textContent)).join(' | '), marked };
    }, LABELS);
    const found = [...ENGLISH_PHRASES.filter((english) => contains(all, english)), ...ENGLISH_WORDS.filter((english) => contains(labels, english))];
    expect(found, `English interface strings on ${path}`).toEqual([]);
    // Each passage marked as another language is the sources' words (a quote, a published title, a
    // name), never our own English: our notes and descriptions are Dutch (src/content/nl/).
    const ours = marked.filter(({ text }) => text !== OTHER_EDITION_LINK && wordsOf(text) !== '' && !SOURCES_OWN_WORDS.includes(wordsOf(text)));
    expect(ours.map(({ lang, text }) => `lang="${lang}": ${text}`), `passages of ours marked as another language on ${path}`).toEqual([]);
  });
}
