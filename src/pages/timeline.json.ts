import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { timelineJson } from '../lib/content/dataExport';

export const GET: APIRoute = async () =>
  new Response(timelineJson(await loadSite()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
