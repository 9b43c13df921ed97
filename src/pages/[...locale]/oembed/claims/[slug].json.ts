import type { APIRoute, GetStaticPaths } from 'astro';
import { claimStaticPaths, loadSite } from '../../../../data/site';
import { claimEmbed, oembedJson } from '../../../../lib/embed/embeds';
import { absoluteUrl } from '../../../../lib/paths';
import { SITE_URL } from '../../../../lib/siteUrl';
import { edition } from '../../../../i18n/ui';

export const getStaticPaths = (async () => (await claimStaticPaths()).map(({ params }) => ({ params }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const model = await loadSite(params.locale);
  const { ui, PATHS } = edition(params.locale);
  const claim = model.claimBySlug.get(params.slug!)!;
  const origin = site ?? SITE_URL;
  return new Response(oembedJson(claimEmbed(claim, origin, model.story, { ui, paths: PATHS }), { name: model.story.publisher, url: absoluteUrl(origin, PATHS.home) }), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
