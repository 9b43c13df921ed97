/** Every HTML page of the built site under test, so a new page is covered by the page-wide tests. */
import { existsSync } from 'node:fs';
import { builtPages as listPages } from '../../src/lib/builtPages.ts';
import { TEST_DIST } from '../../playwright.config.ts';

export const DIST = new URL(`../../${TEST_DIST}/`, import.meta.url).pathname;

export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: npm test builds it (or OUT_DIR=${TEST_DIST} npm run build, with the same CONTENT_DIR)`);
  return listPages(DIST);
}
