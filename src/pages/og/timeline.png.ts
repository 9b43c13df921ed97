import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { timelineCardPng } from '../../data/shareCards';

/** The timeline page's share card: the figure's title, its takeaway, and the span it covers. */
export const GET: APIRoute = async () => new Response(await timelineCardPng(await loadSite()), { headers: { 'Content-Type': 'image/png' } });
