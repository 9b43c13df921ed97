import type { APIRoute } from 'astro';
import { claimStaticPaths, loadSite } from '../../../../data/site';
import { claimCardPng } from '../../../../data/shareCards';
import type { Claim } from '../../../../lib/content/siteModel';

// Every claim in every edition: og/claims/<slug>.png, nl/og/claims/<slug>.png.
export const getStaticPaths = () => claimStaticPaths();

/** The claim's share card (og:image): its short form, rating and every respondent's stance. */
export const GET: APIRoute<{ claim: Claim }> = async ({ props, params }) =>
  new Response(await claimCardPng(props.claim, await loadSite(params.locale)), { headers: { 'Content-Type': 'image/png' } });
