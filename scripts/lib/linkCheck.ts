/**
 * Checks the links of a built site on disk: every internal href and src resolves to a file under
 * the deploy base, every #fragment to an id on its page, and every external address is absolute
 * https (or a declared http-only source). Absolute links to the site's own origin count as internal.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, pageFile } from '../../src/lib/builtPages.ts';

export interface LinkCheckOptions {
  dist: string;
  base: string;
  /** The site's own origin (canonical and share URLs point there). */
  origin: string;
  /** External addresses allowed to be plain http. */
  httpOnly: Set<string>;
}

export function htmlFiles(dist: string): string[] {
  return builtPages(dist).map((page) => pageFile(dist, page));
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    idsCache.set(file, ids);
  }
  return ids;
}

/** The file a site path points to, or undefined. */
function fileFor(dist: string, sitePath: string): string | undefined {
  const path = decodeURIComponent(sitePath);
  const candidates = path.endsWith('/') ? [join(dist, path, 'index.html')] : [join(dist, path), join(dist, path, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

export function checkLinks(options: LinkCheckOptions): string[] {
  const problems: string[] = [];
  idsCache.clear();
  for (const file of htmlFiles(options.dist)) {
    const page = file.slice(options.dist.length);
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      let url = match[1]!.replace(/&amp;/g, '&');
      if (url.startsWith('mailto:') || url.startsWith('data:')) continue;
      if (url.startsWith(options.origin)) url = url.slice(options.origin.length) || '/';
      else if (/^[a-z]+:/i.test(url)) {
        if (!url.startsWith('https://') && !options.httpOnly.has(url)) problems.push(`${page}: external address is not https: ${url}`);
        try {
          new URL(url);
        } catch {
          problems.push(`${page}: malformed address: ${url}`);
        }
        continue;
      }
      const [pathPart, fragment] = url.split('#') as [string, string | undefined];
      let target = file;
      if (pathPart !== '') {
        if (!pathPart.startsWith('/')) {
          problems.push(`${page}: relative link ${url}`);
          continue;
        }
        if (!pathPart.startsWith(options.base)) {
          problems.push(`${page}: ${url} is outside the base ${options.base}`);
          continue;
        }
        const found = fileFor(options.dist, `/${pathPart.slice(options.base.length)}`);
        if (!found) {
          problems.push(`${page}: ${url} does not exist`);
          continue;
        }
        target = found;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        problems.push(`${page}: ${url}: no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}
