import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatHeaders, headerRules } from '../lib/headers';

/** Writes dist/_headers after the build, from the pages that were actually built. */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages: string[] = [];
        const walk = (folder: string) => {
          for (const name of readdirSync(folder)) {
            const path = join(folder, name);
            if (statSync(path).isDirectory()) walk(path);
            else if (name.endsWith('.html')) pages.push(`/${relative(root, path).replace(/index\.html$/, '')}`);
          }
        };
        walk(root);
        writeFileSync(join(root, '_headers'), formatHeaders(headerRules(pages, base)));
      },
    },
  };
}
