import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedJson, timelineEmbed } from '../../../lib/embed/embeds';
import { absoluteUrl } from '../../../lib/paths';
import { SITE_URL } from '../../../lib/siteUrl';
import { loadSite, localeStaticPaths } from '../../../data/site';
import { edition } from '../../../i18n/ui';

export const getStaticPaths = (() => localeStaticPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, params }) => {
  const { story } = await loadSite(params.locale);
  const { ui, PATHS } = edition(params.locale);
  const origin = site ?? SITE_URL;
  return new Response(oembedJson(timelineEmbed(origin, story.timeline.title, story, { ui, paths: PATHS }), { name: story.publisher, url: absoluteUrl(origin, PATHS.home) }), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
