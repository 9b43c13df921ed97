import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { atomFeed, feedEntries } from '../lib/feed';
import { SITE } from '../site.config';

export const GET: APIRoute = async ({ site }) => {
  const model = await loadSite();
  const origin = site ?? SITE.url;
  return new Response(atomFeed({ title: `${SITE.title}: updates`, author: SITE.publisher, site: origin, entries: feedEntries(model.claims, origin) }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
