import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from '../lib/builtPages';
import { formatHeaders, headerRules } from '../lib/headers';
import { formatNginxConfig } from '../lib/nginxConfig';

/**
 * Writes dist/_headers (Netlify, Cloudflare Pages) and dist/nginx.conf after the build, both from
 * one list of rules made from the pages that were actually built, so the two hosts get the same headers.
 * The nginx file answers 404 for itself and for _headers; on other hosts it is a public text file that
 * holds nothing secret (the same headers, a host name and placeholder paths).
 */
export function staticHeaders(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let editionFolders: string[] = [];
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
        // The folders of the editions other than the default ("nl"): English stays at the root.
        const i18n = config.i18n;
        editionFolders = i18n ? i18n.locales.map((locale) => (typeof locale === 'string' ? locale : locale.path)).filter((locale) => locale !== i18n.defaultLocale) : [];
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = builtPages(root);
        const rules = headerRules(pages, base, editionFolders);
        writeFileSync(join(root, '_headers'), formatHeaders(rules));
        const serverName = site ? new URL(site).hostname : 'localhost';
        // Each edition's own not-found page (src/pages/[locale]/404.astro), where the build made one.
        const editionNotFound = Object.fromEntries(editionFolders.filter((folder) => pages.includes(`/${folder}/404/`)).map((folder) => [`${folder}/`, `${folder}/404/index.html`]));
        writeFileSync(join(root, 'nginx.conf'), formatNginxConfig(rules, { base, serverName, editionNotFound }));
      },
    },
  };
}
