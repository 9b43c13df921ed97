import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../data/site';
import { claimEmbed, oembedJson } from '../../../lib/embed/embeds';
import { PATHS, absoluteUrl } from '../../../lib/paths';
import { SITE } from '../../../site.config';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.claims.map((claim) => ({ params: { slug: claim.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const model = await loadSite();
  const claim = model.claimBySlug.get(params.slug!)!;
  const origin = site ?? SITE.url;
  return new Response(oembedJson(claimEmbed(claim, origin), { name: SITE.publisher, url: absoluteUrl(origin, PATHS.home) }), {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
