import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { claimsJson } from '../lib/content/dataExport';
import { PATHS, absoluteUrl } from '../lib/paths';
import { SITE_URL } from '../lib/siteUrl';

export const GET: APIRoute = async ({ site }) =>
  new Response(claimsJson(await loadSite(), (claim) => absoluteUrl(site ?? SITE_URL, PATHS.claim(claim.slug))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
