/**
 * Terms a reader needs are explained where they appear (issue 18). The expectations come from the
 * glossary file and the text the browser shows, matched here by a rule written for the test (word
 * boundaries; capitals-only forms match only in capitals; a final plural "s"), never by the site's
 * own matcher, so a term the site fails to find is caught.
 *
 * The claim pages and embed cards are checked by the per-claim test of claims.spec.ts (one navigation
 * each, with checkPageTerms / checkCardTerms); glossary.spec.ts keeps the story-wide checks.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { glossary, sources } from './content';

export const GLOSSARY = glossary();
const SOURCE_URLS = new Map(sources().map((source) => [source.id, source.url]));

/** Hyphens and spaces are one separator, so "lawful-intercept" and "lawful intercept" read alike. */
export const normalise = (text: string) => text.replace(/[\s\u00a0\u2010\u2011-]+/g, ' ');

export function appears(form: string, text: string): boolean {
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
export function expectedTerms(text: string): string[] {
  const normalised = normalise(text);
  return GLOSSARY.filter((entry) => [entry.term, ...(entry.forms ?? [])].some((form) => appears(form, normalised))).map((entry) => entry.id).sort();
}

/** One term of a terms list as the page shows it, read in one round trip. */
interface ShownTerm { id: string; term: string; definition: string; visible: boolean; links: string[] }
/** What one page evaluate reads: the reader's text of the root, and the terms list as shown. */
export interface ShownTerms { text: string; listed: boolean; listName: string | null; listVisible: boolean; summary: string | null; terms: ShownTerm[] }

/**
 * Runs in the page: the text a reader sees inside the root (leaving out the terms list itself,
 * navigation to other claims, code, which is not prose, and anything not rendered), and every term of the
 * list, with what Playwright's toHaveText / toContainText / toBeVisible would have read (whitespace
 * collapsed; visible as Playwright judges it: checkVisibility(), a non-empty box, not visibility:hidden).
 */
function readTerms([rootSelector, listSelector, openDetails]: [string, string, boolean]): ShownTerms {
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility() && box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const root = document.querySelector(rootSelector);
  if (!root) throw new Error(`no ${rootSelector} on ${location.pathname}`);
  // Folded statements are part of the page: a reader opens them, and paper prints them open.
  // Marked, so that refoldDetails can close them again for checks that click a disclosure themselves.
  if (openDetails) root.querySelectorAll<HTMLDetailsElement>('details:not([open])').forEach((details) => { details.open = true; details.dataset['openedForTerms'] = ''; });
  const skip = '[data-terms], nav, pre, code, script, style, template';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(skip)) continue;
    if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
    parts.push(node.textContent ?? '');
  }
  const list = document.querySelector(listSelector);
  const labelledBy = list?.getAttribute('aria-labelledby');
  return {
    text: parts.join(' '),
    listed: list !== null,
    listName: labelledBy ? squash(document.getElementById(labelledBy)?.textContent) : null,
    listVisible: list ? shown(list) : false,
    summary: list?.querySelector('summary') ? squash(list.querySelector('summary')!.textContent) : null,
    terms: [...document.querySelectorAll(`${listSelector} [data-term]`)].map((item) => ({
      id: item.getAttribute('data-term')!,
      term: squash(item.querySelector('dt')?.textContent),
      definition: squash(item.querySelector('dd')?.textContent),
      visible: shown(item),
      links: [...item.querySelectorAll('dd a')].map((link) => link.getAttribute('href') ?? ''),
    })),
  };
}

/** The reader's text of the root and the terms list under it, in one page evaluate (see readTerms). */
export const readShownTerms = (page: Page, rootSelector: string, listSelector: string, { openDetails }: { openDetails: boolean }) =>
  page.evaluate(readTerms, [rootSelector, listSelector, openDetails] as [string, string, boolean]);

/** Each expected term is listed with its name and our definition, shown, and (where asked) with its source's link. */
export function expectShownExplained(shown: ShownTerms, ids: string[], { withSource, where }: { withSource: boolean; where: string }) {
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  for (const id of ids) {
    const entry = GLOSSARY.find((candidate) => candidate.id === id)!;
    const item = shown.terms.find((term) => term.id === id);
    expect(item, `${where}: ${id} is listed`).toBeTruthy();
    expect(item!.term, `${where}: ${id}'s name`).toBe(squash(entry.term));
    expect(item!.definition, `${where}: ${id}'s definition`).toContain(squash(entry.definition));
    expect(item!.visible, `${where}: ${id} is visible`).toBe(true);
    if (withSource && entry.source) expect(item!.links, `${where}: ${id} links its source`).toEqual([SOURCE_URLS.get(entry.source)!]);
  }
}

/**
 * A page's text (in main, its folded parts opened) uses exactly the glossary terms its "Terms used on
 * this page" list explains, each with its definition and source. Returns the terms, for the print check.
 */
export async function checkPageTerms(page: Page, where: string): Promise<string[]> {
  const shown = await page.evaluate(readTerms, ['main', '[data-terms="page"]', true] as [string, string, boolean]);
  const expected = expectedTerms(shown.text);
  expect(shown.terms.map((term) => term.id).sort(), `${where}: the terms listed are exactly the glossary terms the page uses`).toEqual(expected);
  if (expected.length > 0) {
    expect(shown.listName, `${where}: the terms list is a region named "Terms used on this page"`).toBe('Terms used on this page');
    expect(shown.listVisible, `${where}: the terms list is visible`).toBe(true);
    expectShownExplained(shown, expected, { withSource: true, where });
  }
  return expected;
}

/** Closes again the folded parts checkPageTerms opened, leaving the page as the reader found it. */
export async function refoldDetails(page: Page) {
  await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details[data-opened-for-terms]').forEach((details) => {
    details.open = false;
    delete details.dataset['openedForTerms'];
  }));
}

/** In print (the caller has emulated it), every term the page uses is still explained on paper. */
export async function checkTermsPrinted(page: Page, expected: string[], where: string) {
  const visible = await page.evaluate((ids) => ids.map((id) => {
    const item = document.querySelector(`[data-terms="page"] [data-term="${id}"]`);
    if (!item) return false;
    const box = item.getBoundingClientRect();
    return item.checkVisibility() && box.width > 0 && box.height > 0 && getComputedStyle(item).visibility !== 'hidden';
  }), expected);
  for (const [index, id] of expected.entries()) expect(visible[index], `${where}, printed: ${id} is visible`).toBe(true);
}

/**
 * An embed card lists exactly the glossary terms it shows, folded under a line that names every one;
 * opened (by a click, as a reader would), each shows its definition.
 */
export async function checkCardTerms(page: Page, where: string) {
  const CARD: [string, string, boolean] = ['article.claim-card', 'article.claim-card [data-terms="card"]', false];
  const folded = await page.evaluate(readTerms, CARD);
  if (folded.listed) {
    for (const { term } of folded.terms) expect(folded.summary ?? '', `${where}: the card's terms line names ${term}`).toContain(term);
    await page.locator(CARD[1]).locator('summary').click();
  }
  const shown = folded.listed ? await page.evaluate(readTerms, CARD) : folded;
  const expected = expectedTerms(shown.text);
  expect(shown.terms.map((term) => term.id).sort(), `${where}: the card lists exactly the glossary terms it shows`).toEqual(expected);
  expectShownExplained(shown, expected, { withSource: false, where });
}
