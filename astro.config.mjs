// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { SITE_URL } from './src/lib/siteUrl.ts';
import { THEME_SCRIPT } from './src/lib/embed/themeScript.ts';
import { staticHeaders } from './src/integrations/staticHeaders.ts';

/** The one inline script (the embed's theme switch), allowed by its hash. */
const THEME_SCRIPT_HASH = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`);

/**
 * The Content Security Policy for every page. Astro adds `script-src` and `style-src` with the
 * hashes of what each page actually inlines, so no 'unsafe-inline' is ever needed. A <meta> CSP
 * cannot carry `frame-ancestors`; that, and the framing rules of the embed pages, live in the
 * HTTP headers (dist/_headers, written after each build by src/integrations/staticHeaders.ts).
 */
const CSP_DIRECTIVES = /** @type {const} */ ([
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Two editions (issue 13): English at the root, where every published URL stays; Dutch under /nl/.
  // The pages render both from one module each (src/pages/[...locale]/, a locale param in getStaticPaths).
  i18n: {
    locales: ['en', 'nl'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  build: {
    format: 'directory',
    // One request per page: the stylesheet is small, so it travels inside the HTML (and is hashed for the CSP).
    inlineStylesheets: 'always',
  },
  // Astro 7 defaults to JSX whitespace rules, which glue inline words together in prose; keep HTML rules.
  compressHTML: true,
  integrations: [
    mdx(),
    sitemap({
      // Embeds and the print proof are not pages a search engine should send readers to.
      filter: (page) => !/\/(embed|review)\//.test(page),
      // Each page's entry names its other edition (xhtml:link hreflang), as the pages' own <link>s do.
      i18n: { defaultLocale: 'en', locales: { en: 'en', nl: 'nl' } },
    }),
    staticHeaders(),
  ],
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: [THEME_SCRIPT_HASH] },
    },
  },
  devToolbar: { enabled: false },
  // No code blocks in the content, and Shiki's inline styles would need 'unsafe-inline' under the CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive, which the bundler warns about
        // once per claim (https://rolldown.rs/in-depth/directives, linked from the warning); Astro handles it.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // The bad-content fixtures and the scaling benchmark build other content; their caches stay apart.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
