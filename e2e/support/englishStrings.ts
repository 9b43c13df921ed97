/**
 * English interface strings on a Dutch page (issue 13): what the Dutch edition must not show outside
 * the passages marked as another language. Shared by the page walk (everyPage.spec.ts), which
 * checks every Dutch page in the navigation it makes anyway.
 */
import type { Page } from '@playwright/test';
import { en } from '../../src/i18n/en';
import { nl } from '../../src/i18n/nl';
import { sourcesOwnWords } from './content';
import { ENGLISH_AXIS_DATES } from '../../src/lib/dateFormats';

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
/** "Jan" … "Dec": the words of an English time axis, which the charts' SVG text must not show in Dutch. */
const ENGLISH_AXIS_MONTHS = Array.from({ length: 12 }, (_, month) => ENGLISH_AXIS_DATES.shortMonth(new Date(Date.UTC(2021, month, 1))));
/** Each string's pattern, made once: a word or phrase of its own, not the letters inside a longer word. */
const patterns = new Map<string, RegExp>();
const patternOf = (english: string) =>
  patterns.get(english) ?? patterns.set(english, new RegExp(`(^|[^\\p{L}])${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u')).get(english)!;
// The plain substring search first: most strings are not on the page at all, and it is many times quicker than the pattern.
const contains = (text: string, english: string) => text.includes(english) && patternOf(english).test(text);

/** The English interface strings the open page shows outside passages marked as another language. */
export async function englishInterfaceStrings(page: Page): Promise<string[]> {
  // Visible text, without the passages in another language (quotes in English, published titles,
  // outlets' names, the link to the English edition), which carry their own lang.
  const { all, labels, axis } = await page.locator('body').evaluate((body, selector) => {
    const clone = body.cloneNode(true) as HTMLElement;
    for (const element of clone.querySelectorAll('[lang]:not([lang^="nl"]), script, style, svg title')) element.remove();
    const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
    const text = (elements: Iterable<Element>) => [...elements].map((element) => squash(element.textContent)).join(' | ');
    return { all: squash(clone.textContent), labels: text(clone.querySelectorAll(selector)), axis: text(clone.querySelectorAll('svg text')) };
  }, LABELS);
  return [
    ...ENGLISH_PHRASES.filter((english) => contains(all, english)),
    ...ENGLISH_WORDS.filter((english) => contains(labels, english)),
    ...ENGLISH_AXIS_MONTHS.filter((english) => contains(axis, english)).map((month) => `${month} (a chart's axis)`),
  ];
}

/** Quotation marks, ellipses and spacing differ between a quote and its setting on a page; the words do not. */
const wordsOf = (text: string) => text.replace(/[“”"‘’'…]/g, '').replace(/\s+/g, ' ').trim();
/** The sources' own words, one per line, for finding a marked passage inside them. */
const SOURCES_OWN_WORDS = `\n${sourcesOwnWords().map(wordsOf).join('\n')}\n`;
/** The link to the English edition, named in English so a reader of English finds it. */
const OTHER_EDITION_LINK = 'English';

/**
 * The passages of the open page marked as another language that are not the sources' words (a quote,
 * a published title, a name): our own notes and descriptions are Dutch (src/content/nl/), never English.
 */
export async function markedPassagesOfOurs(page: Page): Promise<string[]> {
  const marked = await page.locator('body').evaluate((body) => {
    const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const foreign = [...body.querySelectorAll('[lang]:not([lang^="nl"])')].filter((element) => !element.closest('script, style'));
    // The outermost marked passages, each with its language.
    return foreign.filter((element) => !foreign.some((other) => other !== element && other.contains(element))).map((element) => ({ lang: element.getAttribute('lang')!, text: squash(element.textContent) }));
  });
  return marked
    .filter(({ text }) => text !== OTHER_EDITION_LINK && wordsOf(text) !== '' && !SOURCES_OWN_WORDS.includes(wordsOf(text)))
    .map(({ lang, text }) => `lang="${lang}": ${text}`);
}
