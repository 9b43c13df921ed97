/**
 * The two editions (issue 13): every claim page in each language shows the claim, its rating and one
 * region per respondent, named in that language; every page links its other edition both ways; a
 * Dutch page shows no English interface word outside the passages marked as English (that last one
 * in the page walk, everyPage.spec.ts).
 */
import { test, expect } from './support/fixtures';
import { EDITIONS, barePath, builtPages, editionOf, editionPages } from './support/pages';
import { en } from '../src/i18n/en';
import { nl } from '../src/i18n/nl';
import { englishInterfaceStrings } from './support/englishStrings';

test('the Dutch edition holds every page of the English one', () => {
  const english = editionPages('en').filter((path) => path !== '/404.html');
  const dutch = new Set(editionPages('nl'));
  expect(english.length).toBeGreaterThan(60);
  for (const path of english) expect(dutch.has(`/nl${path}`), `/nl${path}`).toBe(true);
  expect(dutch.has('/nl/404/')).toBe(true);
});

// Each edition's page of each claim (the claim, its rating, one region per respondent, its ClaimReview)
// is checked by the per-claim test of claims.spec.ts, with support/editions.ts, in the one navigation it
// makes to that page.

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
// (everyPage.spec.ts, with support/englishStrings.ts), in the one navigation it makes to each page.

test('the English-string check finds an English interface string planted on a Dutch page, and not one inside a passage marked as English', async ({ page }) => {
  await page.goto('/nl/methodology/');
  expect(await englishInterfaceStrings(page), 'the Dutch page as built').toEqual([]);
  // An English sentence of the interface, and an English label where the interface labels things.
  const phrase = en.methodology.title;
  await page.evaluate((phrase) => {
    const marked = document.createElement('p');
    marked.lang = 'en';
    marked.textContent = phrase;
    document.querySelector('main')!.append(marked);
  }, phrase);
  expect(await englishInterfaceStrings(page), 'inside a passage marked lang="en"').toEqual([]);
  await page.evaluate((phrase) => {
    const heading = document.createElement('h2');
    heading.textContent = phrase;
    document.querySelector('main')!.append(heading);
  }, phrase);
  expect(await englishInterfaceStrings(page), 'planted as a heading').toContain(phrase);
});
