/** Every HTML page of the built site, from dist/, so a new page is covered by the page-wide tests. */
import { existsSync } from 'node:fs';
import { builtPages as listPages } from '../../src/lib/builtPages.ts';

export const DIST = new URL(`../../${process.env.TEST_DIST ?? 'dist-test'}/`, import.meta.url).pathname;

export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: npm test builds it (or OUT_DIR=dist-test npm run build)`);
  return listPages(DIST);
}
