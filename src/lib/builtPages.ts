import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The pages of a built site, as site paths ("/", "/claims/x/", "/404.html"), sorted: one listing for
 * the headers integration, the link check, the benchmark and the page-wide tests, so a new page is
 * covered everywhere without being named anywhere.
 */
export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(`/${relative(dist, path).replace(/index\.html$/, '')}`);
    }
  };
  walk(dist);
  return pages.sort();
}

/** The file behind a site path of builtPages(). */
export function pageFile(dist: string, sitePath: string): string {
  return join(dist, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}
