import type { APIRoute } from 'astro';
import { PATHS, absoluteUrl, withBase } from '../lib/paths';
import { SITE } from '../site.config';

// Embeds and the print proof are for frames and printers, not for search results.
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: ${withBase('embed/')}\nDisallow: ${withBase(PATHS.review)}\n\nSitemap: ${absoluteUrl(site ?? SITE.url, 'sitemap-index.xml')}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
