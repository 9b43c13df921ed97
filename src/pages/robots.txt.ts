import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { PATHS, absoluteUrl, withBase } from '../lib/paths';
import { SITE_URL } from '../lib/siteUrl';

// Embeds and the print proof are for frames and printers, not for search results; a fictional
// example story is not for search results at all.
export const GET: APIRoute = async ({ site }) => {
  const { story } = await loadSite();
  const rules = story.example ? 'Disallow: /' : `Allow: /\nDisallow: ${withBase('embed/')}\nDisallow: ${withBase(PATHS.review)}`;
  return new Response(`User-agent: *\n${rules}\n\nSitemap: ${absoluteUrl(site ?? SITE_URL, 'sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
