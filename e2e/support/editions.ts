/**
 * The two editions (issue 13): every claim page in each language shows the claim, its rating and one
 * region per respondent, named in that language, and its ClaimReview carries the edition's URL and
 * language. The per-claim test of claims.spec.ts runs this on each edition's page of the claim, in the
 * one navigation it makes to that page; editions.spec.ts keeps the story-wide checks.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { EDITIONS, type EditionLocale } from './pages';
import { dutchClaims, dutchRatingLabel, hasDutchEdition, ratingLabel, respondents, type ClaimFrontmatter } from './content';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { PREVIEW_PORT } from '../../playwright.config';

const ORIGIN = `http://localhost:${PREVIEW_PORT}`;
const STRINGS = { en, nl } as const;

/**
 * The editions the story is written in: English always, Dutch where the content has a Dutch edition
 * (the published story does; the example story is English only). That every English page has its Dutch
 * one is editions.spec's own test.
 */
export const WRITTEN_EDITIONS = EDITIONS.filter(({ locale }) => locale === 'en' || hasDutchEdition());

/** What a claim page shows in each edition, from that edition's content. */
function expectedIn(locale: EditionLocale, claim: ClaimFrontmatter) {
  if (locale === 'en') return { claim: claim.claim, rating: ratingLabel(claim.rating), verdict: claim.verdict };
  const dutch = dutchClaims().get(claim.slug);
  if (!dutch) throw new Error(`claim ${claim.number} (${claim.slug}) has no Dutch edition`);
  return { claim: dutch.claim, rating: dutchRatingLabel(claim.rating), verdict: dutch.verdict };
}

/** The open page is the claim's page in the edition: its language, claim, rating, verdict, respondents' regions and ClaimReview. */
export async function checkEditionPage(page: Page, claim: ClaimFrontmatter, { locale, prefix }: { locale: EditionLocale; prefix: string }) {
  const ui = STRINGS[locale];
  const where = `${locale}: claim ${claim.number} (${claim.slug})`;
  const expected = expectedIn(locale, claim);
  const shown = await page.evaluate((rating) => {
    const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const shownOnScreen = (element: Element) => {
      const box = element.getBoundingClientRect();
      return element.checkVisibility() && box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    /** Regions (sections named by the heading they point to), by name. */
    const regions = [...document.querySelectorAll('section[aria-labelledby]')].map((section) => ({
      section,
      name: squash(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent),
    }));
    return {
      lang: document.documentElement.getAttribute('lang'),
      headings: [...document.querySelectorAll('h1, [role="heading"][aria-level="1"]')].map((heading) => squash(heading.textContent)),
      regions: regions.map(({ section, name }) => ({
        name,
        visible: shownOnScreen(section),
        text: squash(section.textContent),
        rating: squash(section.querySelector(`[data-rating="${rating}"]`)?.textContent ?? null) || null,
      })),
      structuredData: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
    };
  }, claim.rating);
  expect(shown.lang, `${where}: the page's language`).toBe(locale);
  expect(shown.headings, `${where}: one h1, the claim labelled and quoted`).toEqual([`${ui.claim.claimLabel}: “${expected.claim}”`]);
  const ratingBoxes = shown.regions.filter((region) => region.name === ui.claim.ratingHeading);
  expect(ratingBoxes.length, `${where}: one region named "${ui.claim.ratingHeading}"`).toBe(1);
  expect(ratingBoxes[0]!.rating, `${where}: the rating`).toBe(expected.rating);
  expect(ratingBoxes[0]!.text, `${where}: the verdict`).toContain(expected.verdict.replace(/\s+/g, ' ').trim());
  for (const party of respondents()) {
    const regions = shown.regions.filter((region) => region.name === ui.claim.responseOf(party.name));
    expect(regions.map((region) => region.visible), `${where}: one visible region named "${ui.claim.responseOf(party.name)}"`).toEqual([true]);
  }
  // ClaimReview: the edition's URL and language.
  const reviews = shown.structuredData.map((text) => JSON.parse(text)).filter((data) => data['@type'] === 'ClaimReview');
  expect(reviews, `${where}: one ClaimReview`).toHaveLength(1);
  expect(reviews[0].inLanguage, `${where}: ClaimReview's language`).toBe(locale);
  expect(reviews[0].url, `${where}: ClaimReview's URL`).toBe(`${ORIGIN}${prefix}/claims/${claim.slug}/`);
  expect(reviews[0].reviewRating.name, `${where}: ClaimReview's rating`).toBe(expected.rating);
}
