/** Every HTML page of the built site, from dist/, so a new page is covered by the page-wide tests. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` first');
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(`/${relative(DIST, path).replace(/index\.html$/, '')}`);
    }
  };
  walk(DIST);
  return pages.sort();
}

/** The page types, for tests that need one of each. */
export const PAGE_TYPES = {
  home: '/',
  claim: '/claims/huawei-did-eavesdrop/',
  timeline: '/timeline/',
  methodology: '/methodology/',
  sources: '/sources/',
  review: '/review/',
  embedClaim: '/embed/claims/huawei-did-eavesdrop/',
  embedTimeline: '/embed/timeline/',
} as const;
