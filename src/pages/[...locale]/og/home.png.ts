import type { APIRoute } from 'astro';
import { loadSite, localeStaticPaths } from '../../../data/site';
import { homeCardPng } from '../../../data/shareCards';

// One card per edition: og/home.png, nl/og/home.png.
export const getStaticPaths = () => localeStaticPaths();

/** The home page's share card: the title, what the site checks, and how the claims rate. */
export const GET: APIRoute = async ({ params }) => new Response(await homeCardPng(await loadSite(params.locale)), { headers: { 'Content-Type': 'image/png' } });
