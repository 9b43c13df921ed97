import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { claimEmbed, oembedJson } from '../../../lib/embed/embeds';
import { PATHS, absoluteUrl } from '../../../lib/paths';
import { SITE_URL } from '../../../lib/siteUrl';

export const getStaticPaths = (async () => {
  const model = await loadSite();
  return model.claims.map((claim) => ({ params: { slug: claim.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const model = await loadSite();
  const claim = model.claimBySlug.get(params.slug!)!;
  const origin = site ?? SITE_URL;
  return new Response(oembedJson(claimEmbed(claim, origin, model.story), { name: model.story.publisher, url: absoluteUrl(origin, PATHS.home) }), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
