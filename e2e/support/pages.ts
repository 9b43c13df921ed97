/** Every HTML page of the built site under test, so a new page is covered by the page-wide tests. */
import { existsSync } from 'node:fs';
import { builtPages as listPages } from '../../src/lib/builtPages.ts';
import { TEST_DIST } from '../../playwright.config.ts';
import { DEFAULT_LOCALE, LOCALES, localePrefix, type Locale } from '../../src/lib/paths.ts';

export const DIST = new URL(`../../${TEST_DIST}/`, import.meta.url).pathname;

export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: npm test builds it (or OUT_DIR=${TEST_DIST} npm run build, with the same CONTENT_DIR)`);
  return listPages(DIST);
}

/** The site's editions, from the site's own list (src/lib/paths.ts): English at the root, Dutch under /nl/. */
export const EDITIONS = LOCALES.map((locale) => ({ locale, prefix: localePrefix(locale).replace(/\/$/, '').replace(/^(?=.)/, '/') }));
export type EditionLocale = Locale;

/** The edition a site path belongs to. */
export const editionOf = (path: string): EditionLocale =>
  LOCALES.find((locale) => localePrefix(locale) !== '' && path.startsWith(`/${localePrefix(locale)}`)) ?? DEFAULT_LOCALE;

/** A site path without its edition's folder ("/nl/embed/timeline/" → "/embed/timeline/"), for filters that name a kind of page. */
export const barePath = (path: string): string => path.slice(localePrefix(editionOf(path)).length);

/** The built pages of one edition. */
export const editionPages = (locale: EditionLocale): string[] => builtPages().filter((path) => editionOf(path) === locale);
