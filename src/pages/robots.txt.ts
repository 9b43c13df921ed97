import type { APIRoute } from 'astro';
import { editions, loadSite } from '../data/site';
import { absoluteUrl, localePaths, localePrefix, withBase } from '../lib/paths';
import { SITE_URL } from '../lib/siteUrl';

// Embeds and the print proof are for frames and printers, not for search results; a fictional
// example story is not for search results at all.
export const GET: APIRoute = async ({ site }) => {
  const { story } = await loadSite();
  // Every edition's embeds and proof (/embed/, /nl/embed/…), English first.
  const hidden = (await editions()).flatMap((locale) => [`Disallow: ${withBase(`${localePrefix(locale)}embed/`)}`, `Disallow: ${withBase(localePaths(locale).review)}`]);
  const rules = story.example ? 'Disallow: /' : ['Allow: /', ...hidden].join('\n');
  return new Response(`User-agent: *\n${rules}\n\nSitemap: ${absoluteUrl(site ?? SITE_URL, 'sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
