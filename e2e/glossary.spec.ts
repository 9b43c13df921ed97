import { test, expect } from './support/fixtures';
import { claims, sources } from './support/content';
import { builtPages, editionOf } from './support/pages';
import { GLOSSARY, appears, checkPageTerms, checkTermsPrinted, expectShownExplained, expectedTerms, normalise, readShownTerms } from './support/glossary';

/**
 * Terms a reader needs are explained where they appear (issue 18); the rule and the expectations are
 * in support/glossary.ts. Each claim page (also in print) and each embed card is checked by the
 * per-claim test of claims.spec.ts, in the one navigation it makes to each; the story-wide checks are here.
 */
const SOURCE_URLS = new Map(sources().map((source) => [source.id, source.url]));
const ALL = claims();

test('the glossary is not empty and each entry has a term and a definition', () => {
  expect(GLOSSARY.length).toBeGreaterThan(5);
  for (const entry of GLOSSARY) {
    expect(entry.term.length, entry.id).toBeGreaterThan(0);
    expect(entry.definition.length, entry.id).toBeGreaterThan(0);
    if (entry.source) expect(SOURCE_URLS.has(entry.source), `${entry.id} cites a known source`).toBe(true);
  }
});

test('the test’s own matcher finds forms at word boundaries only', () => {
  expect(appears('AIVD', normalise("the AIVD's warning"))).toBe(true);
  expect(appears('AIVD', 'the aivd')).toBe(false);
  expect(appears('core', normalise('hardcore'))).toBe(false);
  expect(appears('core network', normalise('its core-networks'))).toBe(true);
  expect(appears('tap', 'tapinformatie')).toBe(false);
  expect(appears('AT', 'look at it')).toBe(false);
});

test('the review proof prints, for every claim, the glossary terms its text uses', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/review/');
  let claimsWithTerms = 0;
  for (const claim of ALL) {
    // One evaluate per claim: its article's text and its terms list as printed.
    const article = `article.review-claim[data-claim="${claim.slug}"]`;
    const shown = await readShownTerms(page, article, `${article} [data-terms="proof"]`, { openDetails: false });
    const expected = expectedTerms(shown.text);
    const listed = shown.terms.map((term) => term.id);
    for (const id of expected) expect(listed, `claim ${claim.number} explains ${id}`).toContain(id);
    expectShownExplained(shown, expected, { withSource: true, where: `the proof, claim ${claim.number}` });
    if (expected.length > 0) {
      claimsWithTerms += 1;
      // Every claim's list is a region of its own name, so a reader of the proof can tell them apart.
      expect(shown.listName, `the proof, claim ${claim.number}: the terms list is a region of its own name`).toBe(`Terms used in claim ${claim.number}`);
      expect(shown.listVisible, `the proof, claim ${claim.number}: the terms list is visible`).toBe(true);
    }
  }
  // The glossary has work to do: most claims use at least one term (otherwise the checks above pass trivially).
  expect(claimsWithTerms).toBeGreaterThan(ALL.length / 2);
});

/**
 * Every other page a reader reads (home, timeline, statements, sources, methodology, and any page
 * added later): claim pages, embeds and the proof are covered above, the 404 page has no prose.
 */
// The English edition: the glossary's forms are English words (the Dutch glossary has its own forms).
const OTHER_PAGES = builtPages().filter((path) => editionOf(path) === 'en' && !/^\/(claims|embed|review)\//.test(path) && path !== '/404.html');

for (const path of OTHER_PAGES) {
  test(`${path}: every glossary term on the page is explained there, also in print`, async ({ page }) => {
    await page.goto(path);
    const expected = await checkPageTerms(page, path);
    await page.emulateMedia({ media: 'print' });
    await checkTermsPrinted(page, expected, path);
  });
}

test('the pages other than claims use glossary terms (otherwise the checks above pass trivially)', async ({ page }) => {
  expect(OTHER_PAGES).toEqual(expect.arrayContaining(['/', '/timeline/', '/statements/', '/sources/', '/methodology/']));
  let pagesWithTerms = 0;
  for (const path of OTHER_PAGES) {
    await page.goto(path);
    const { text } = await readShownTerms(page, 'main', '[data-terms]', { openDetails: false });
    if (expectedTerms(text).length > 0) pagesWithTerms += 1;
  }
  expect(pagesWithTerms).toBeGreaterThan(OTHER_PAGES.length / 2);
});
