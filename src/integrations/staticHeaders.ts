import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../lib/builtPages';
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
        writeFileSync(join(root, '_headers'), formatHeaders(headerRules(builtPages(root), base)));
      },
    },
  };
}
