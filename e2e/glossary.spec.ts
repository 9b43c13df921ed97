import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { Page, Locator } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { claims, sources } from './support/content';
import { builtPages, editionOf } from './support/pages';

/**
 * Terms a reader needs are explained where they appear (issue 18). The expectations come from the
 * glossary file and the text the browser shows, matched here by a rule written for the test (word
 * boundaries; capitals-only forms match only in capitals; a final plural "s"), never by the site's
 * own matcher, so a term the site fails to find is caught.
 */
interface GlossaryEntry { id: string; term: string; forms?: string[]; definition: string; source?: string }
const GLOSSARY = yaml.load(readFileSync(new URL('../src/content/glossary.yaml', import.meta.url), 'utf8')) as GlossaryEntry[];
const SOURCE_URLS = new Map(sources().map((source) => [source.id, source.url]));
const ALL = claims();

/** Hyphens and spaces are one separator, so "lawful-intercept" and "lawful intercept" read alike. */
const normalise = (text: string) => text.replace(/[\s\u00a0\u2010\u2011-]+/g, ' ');

function appears(form: string, text: string): boolean {
  const wanted = normalise(form).trim();
  if (!/[\p{L}\p{N}]/u.test(wanted)) return false;
  const acronym = wanted === wanted.toUpperCase();
  const haystack = acronym ? text : text.toLowerCase();
  const needle = acronym ? wanted : wanted.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(0, at).at(-1) ?? ' ';
    let end = at + needle.length;
    if (!acronym && haystack[end] === 's') end += 1;
    const after = haystack[end] ?? ' ';
    const isWordChar = (char: string) => /[\p{L}\p{N}_]/u.test(char);
    if (!isWordChar(before) && !isWordChar(after)) return true;
    // "cores" vs "core": try again without the plural s.
    if (!isWordChar(before) && end > at + needle.length && !isWordChar(haystack[at + needle.length] ?? ' ')) return true;
  }
  return false;
}

/** Ids of the glossary terms whose term or forms appear in the text, sorted for comparison. */
function expectedTerms(text: string): string[] {
  const normalised = normalise(text);
  return GLOSSARY.filter((entry) => [entry.term, ...(entry.forms ?? [])].some((form) => appears(form, normalised))).map((entry) => entry.id).sort();
}

/**
 * The text a reader sees inside the root, leaving out the terms list itself, navigation to other
 * claims, code (the embed snippet's URLs are not prose) and anything not rendered (closed details).
 */
async function visibleText(root: Locator): Promise<string> {
  return root.evaluate((element) => {
    const skip = '[data-terms], nav, pre, code, script, style, template';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}

async function listedTerms(list: Locator): Promise<string[]> {
  if ((await list.count()) === 0) return [];
  return (await list.locator('[data-term]').evaluateAll((items) => items.map((item) => item.getAttribute('data-term')!))).sort();
}

/** Each listed term shows its name and our definition, and, where the glossary cites a source, its link. */
async function expectExplained(list: Locator, ids: string[], { withSource }: { withSource: boolean }) {
  for (const id of ids) {
    const entry = GLOSSARY.find((candidate) => candidate.id === id)!;
    const item = list.locator(`[data-term="${id}"]`);
    await expect(item.locator('dt')).toHaveText(entry.term);
    await expect(item.locator('dd')).toContainText(entry.definition);
    await expect(item).toBeVisible();
    if (withSource && entry.source) await expect(item.locator('dd a')).toHaveAttribute('href', SOURCE_URLS.get(entry.source)!);
  }
}

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

async function checkPage(page: Page, path: string) {
  await page.goto(path);
  const main = page.locator('main');
  // Folded statements are part of the page: a reader opens them, and paper prints them open.
  await main.evaluate((element) => element.querySelectorAll('details').forEach((details) => { details.open = true; }));
  const expected = expectedTerms(await visibleText(main));
  const list = page.locator('[data-terms="page"]');
  expect(await listedTerms(list), 'the terms listed are exactly the glossary terms the page uses').toEqual(expected);
  if (expected.length > 0) {
    await expect(page.getByRole('region', { name: 'Terms used on this page' })).toBeVisible();
    await expectExplained(list, expected, { withSource: true });
  }
  return expected;
}

for (const claim of ALL) {
  test(`claim ${claim.number} (${claim.slug}): every glossary term on its page is explained there, also in print`, async ({ page }) => {
    const expected = await checkPage(page, `/claims/${claim.slug}/`);
    await page.emulateMedia({ media: 'print' });
    for (const id of expected) await expect(page.locator(`[data-terms="page"] [data-term="${id}"]`)).toBeVisible();
  });

  test(`claim ${claim.number} (${claim.slug}): its embed card explains the terms it shows`, async ({ page }) => {
    await page.goto(`/embed/claims/${claim.slug}/`);
    const card = page.locator('article.claim-card');
    const list = card.locator('[data-terms="card"]');
    // The card folds the definitions under a line that names every term it explains.
    if ((await list.count()) > 0) {
      const names = await list.locator('dt').allTextContents();
      for (const name of names) await expect(list.locator('summary')).toContainText(name);
      await list.locator('summary').click();
    }
    const expected = expectedTerms(await visibleText(card));
    expect(await listedTerms(list), 'the card lists exactly the glossary terms it shows').toEqual(expected);
    await expectExplained(list, expected, { withSource: false });
  });
}

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
    const expected = await checkPage(page, path);
    await page.emulateMedia({ media: 'print' });
    for (const id of expected) await expect(page.locator(`[data-terms="page"] [data-term="${id}"]`)).toBeVisible();
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
