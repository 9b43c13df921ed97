import type { APIRoute } from 'astro';
import { oembedJson, timelineEmbed } from '../../lib/embed/embeds';
import { PATHS, absoluteUrl } from '../../lib/paths';
import { ui } from '../../i18n/ui';
import { SITE } from '../../site.config';

export const GET: APIRoute = ({ site }) => {
  const origin = site ?? SITE.url;
  return new Response(oembedJson(timelineEmbed(origin, ui.timeline.figureTitle), { name: SITE.publisher, url: absoluteUrl(origin, PATHS.home) }), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
