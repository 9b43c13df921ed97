/**
 * The two editions (issue 13): every claim page in each language shows the claim, its rating and one
 * region per respondent, named in that language; every page links its other edition both ways; a
 * Dutch page shows no English interface word outside the passages marked as English (that last one
 * in the page-wide test of pages.spec.ts).
 */
import { test, expect } from './support/fixtures';
import { EDITIONS, barePath, builtPages, editionOf, editionPages } from './support/pages';
import { claims, dutchClaims, dutchRatingLabel, ratingLabel, respondents } from './support/content';
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

// That a Dutch page shows no English interface string outside the passages marked as English, and marks
// as another language only the sources' own words, is checked for every Dutch page by the page-wide test
// (pages.spec.ts, with support/englishStrings.ts), in the one navigation it makes to each page.
