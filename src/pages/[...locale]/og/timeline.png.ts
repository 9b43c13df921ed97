import type { APIRoute } from 'astro';
import { loadSite, localeStaticPaths } from '../../../data/site';
import { timelineCardPng } from '../../../data/shareCards';

// One card per edition: og/timeline.png, nl/og/timeline.png.
export const getStaticPaths = () => localeStaticPaths();

/** The timeline page's share card: the figure's title, its takeaway, and the span it covers. */
export const GET: APIRoute = async ({ params }) => new Response(await timelineCardPng(await loadSite(params.locale)), { headers: { 'Content-Type': 'image/png' } });
