import type { APIRoute } from 'astro';
import { hostScript } from '../lib/embed/hostScript';

/** /embed.js, the snippet's host script, built from the module that names its messages. */
export const GET: APIRoute = () => new Response(hostScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
