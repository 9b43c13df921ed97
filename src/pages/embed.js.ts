import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { hostScript } from '../lib/embed/hostScript';
import { embedNames } from '../lib/embed/names';

/** /embed.js, the snippet's host script, built from the module that names its messages. */
export const GET: APIRoute = async () => {
  const { story } = await loadSite();
  return new Response(hostScript(embedNames(story.slug), story.shortTitle), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
