import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite, localeStaticPaths } from '../../data/site';
import { atomFeed, feedEntries } from '../../lib/feed';
import { SITE_URL } from '../../lib/siteUrl';
import { edition } from '../../i18n/ui';

// One feed per edition (/feed.xml, /nl/feed.xml): each lists its own edition's words and pages.
export const getStaticPaths = (() => localeStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const model = await loadSite(params.locale);
  const { story } = model;
  const { ui, PATHS, locale } = edition(params.locale);
  const origin = site ?? SITE_URL;
  const feed = { ui, paths: PATHS, lang: locale };
  return new Response(atomFeed({ title: ui.feed.title(story.title), author: story.publisher, site: origin, entries: feedEntries(model.claims, origin, feed), edition: feed }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
