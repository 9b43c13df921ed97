/** Every HTML page of the built site, from dist/, so a new page is covered by the page-wide tests. */
import { existsSync } from 'node:fs';
import { builtPages as listPages } from '../../src/lib/builtPages.ts';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  return listPages(DIST);
}
