import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { atomFeed, feedEntries } from '../lib/feed';
import { SITE_URL } from '../lib/siteUrl';

export const GET: APIRoute = async ({ site }) => {
  const model = await loadSite();
  const { story } = model;
  const origin = site ?? SITE_URL;
  return new Response(atomFeed({ title: `${story.title}: updates`, author: story.publisher, site: origin, entries: feedEntries(model.claims, origin) }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
