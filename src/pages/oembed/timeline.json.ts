import type { APIRoute } from 'astro';
import { oembedJson, timelineEmbed } from '../../lib/embed/embeds';
import { PATHS, absoluteUrl } from '../../lib/paths';
import { SITE_URL } from '../../lib/siteUrl';
import { loadSite } from '../../data/site';

export const GET: APIRoute = async ({ site }) => {
  const { story } = await loadSite();
  const origin = site ?? SITE_URL;
  return new Response(oembedJson(timelineEmbed(origin, story.timeline.title, story), { name: story.publisher, url: absoluteUrl(origin, PATHS.home) }), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
