import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site';
import { homeCardPng } from '../../data/shareCards';

/** The home page's share card: the title, what the site checks, and how the claims rate. */
export const GET: APIRoute = async () => new Response(await homeCardPng(await loadSite()), { headers: { 'Content-Type': 'image/png' } });
