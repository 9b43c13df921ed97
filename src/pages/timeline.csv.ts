import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { timelineCsv } from '../lib/content/dataExport';

export const GET: APIRoute = async () =>
  new Response(timelineCsv(await loadSite()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
