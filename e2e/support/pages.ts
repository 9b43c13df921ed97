/** Every HTML page of the built site under test, so a new page is covered by the page-wide tests. */
import { existsSync } from 'node:fs';
import { builtPages as listPages } from '../../src/lib/builtPages.ts';
import { TEST_DIST } from '../../playwright.config.ts';

export const DIST = new URL(`../../${TEST_DIST}/`, import.meta.url).pathname;

export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: npm test builds it (or OUT_DIR=${TEST_DIST} npm run build, with the same CONTENT_DIR)`);
  return listPages(DIST);
}

/** The site's editions: English at the root, Dutch under /nl/ (src/lib/paths.ts LOCALES). */
export const EDITIONS = [
  { locale: 'en', prefix: '' },
  { locale: 'nl', prefix: '/nl' },
] as const;
export type EditionLocale = (typeof EDITIONS)[number]['locale'];

/** The edition a site path belongs to. */
export const editionOf = (path: string): EditionLocale => (path === '/nl/' || path.startsWith('/nl/') ? 'nl' : 'en');

/** A site path without its edition's folder ("/nl/embed/timeline/" → "/embed/timeline/"), for filters that name a kind of page. */
export const barePath = (path: string): string => (editionOf(path) === 'nl' ? path.slice('/nl'.length) : path);

/** The built pages of one edition. */
export const editionPages = (locale: EditionLocale): string[] => builtPages().filter((path) => editionOf(path) === locale);
