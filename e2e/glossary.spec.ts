import { test, expect } from './support/fixtures';
import { claims, sources } from './support/content';
import { builtPages, editionOf } from './support/pages';
import { GLOSSARY, appears, checkPageTerms, checkTermsPrinted, expectExplained, expectedTerms, listedTerms, normalise, visibleText } from './support/glossary';

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
    const article = page.locator(`article.review-claim[data-claim="${claim.slug}"]`);
    const expected = expectedTerms(await visibleText(article));
    const list = article.locator('[data-terms="proof"]');
    const listed = await listedTerms(list);
    for (const id of expected) expect(listed, `claim ${claim.number} explains ${id}`).toContain(id);
    await expectExplained(list, expected, { withSource: true });
    if (expected.length > 0) {
      claimsWithTerms += 1;
      // Every claim's list is a region of its own name, so a reader of the proof can tell them apart.
      await expect(article.getByRole('region', { name: `Terms used in claim ${claim.number}` })).toBeVisible();
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
    if (expectedTerms(await visibleText(page.locator('main'))).length > 0) pagesWithTerms += 1;
  }
  expect(pagesWithTerms).toBeGreaterThan(OTHER_PAGES.length / 2);
});
