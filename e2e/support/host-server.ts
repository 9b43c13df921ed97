/**
 * A news article on another origin, for the embed tests. Two kinds of page:
 * - /article: fetches the site's published "Embed this" snippets from the preview server and pastes
 *   them, unchanged, into an article page;
 * - /wordpress: a WordPress post as WordPress makes one from a pasted link: it discovers the page's
 *   oEmbed, passes its html through WordPress's sanitiser (wp_filter_oembed_result, ported in
 *   ./wordpress/oembedFilter.ts) with a fresh secret, wraps it in the embed block's markup, and loads
 *   WordPress's own wp-embed.js (vendored, unchanged, in ./wordpress/).
 * Usage: node e2e/support/host-server.ts <hostPort> <sitePort>
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { wpFilterOembedResult } from './wordpress/oembedFilter.ts';

const [hostPort = '4330', sitePort = '4329'] = process.argv.slice(2);
const SITE = `http://localhost:${sitePort}`;

/** Reads the snippet out of the page's "Embed this" code block, as an editor would copy it. */
async function publishedSnippet(pagePath: string): Promise<string> {
  const html = await (await fetch(SITE + pagePath)).text();
  const match = /<textarea[^>]*data-embed-snippet[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  if (!match) throw new Error(`No embed snippet on ${pagePath}`);
  return match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** What WordPress's oEmbed discovery reads: the page's <link rel="alternate" type="application/json+oembed">, then that JSON. */
async function discoveredOembed(pagePath: string): Promise<{ html: string; provider_name: string }> {
  const html = await (await fetch(SITE + pagePath)).text();
  const link = /<link[^>]+type="application\/json\+oembed"[^>]*>/.exec(html)?.[0];
  const href = link && /href="([^"]+)"/.exec(link)?.[1];
  if (!href) throw new Error(`No oEmbed discovery link on ${pagePath}`);
  return (await fetch(href.replace(/&amp;/g, '&'))).json();
}

/** wp_generate_password(10, false): ten letters and digits. */
function wordPressSecret(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return [...randomBytes(10)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

/** The embed block as WordPress 6.1 saves and renders it (core/embed, type rich, a provider it does not know). */
function embedBlock(html: string, provider: string): string {
  const slug = provider.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `<figure class="wp-block-embed is-type-rich is-provider-${slug} wp-block-embed-${slug}"><div class="wp-block-embed__wrapper">\n${html}\n</div></figure>`;
}

const WP_EMBED_JS = readFileSync(new URL('./wordpress/wp-embed.js', import.meta.url));

const PARAGRAPH = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>';

createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', `http://localhost:${hostPort}`);
  try {
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname === '/health') {
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      return;
    }
    if (url.pathname === '/wp-embed.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(WP_EMBED_JS);
      return;
    }
    if (url.pathname === '/wordpress') {
      const oembeds = await Promise.all(url.searchParams.getAll('page').map(discoveredOembed));
      const blocks = oembeds.map((oembed) => `${PARAGRAPH}\n${embedBlock(wpFilterOembedResult(oembed.html, wordPressSecret()), oembed.provider_name)}`).join('\n');
      // Twenty Twenty-Three's column (650 px, padding clamp(1.5rem, 5vw, 2rem)) and the block library's embed rules.
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en" class="wp-embed-responsive"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A WordPress post</title><style>
body{margin:0;font:18px/1.6 system-ui,sans-serif}
.wp-site-blocks{padding-inline:clamp(1.5rem,5vw,2rem)}
.entry-content{max-width:650px;margin:0 auto}
.wp-block-embed{overflow-wrap:break-word;margin:0 0 1em}
.wp-block-embed iframe{max-width:100%}
.wp-block-embed__wrapper{position:relative}
</style></head>
<body><div class="wp-site-blocks"><main class="entry-content"><h1>A post on a WordPress site</h1>
${blocks}
${PARAGRAPH}</main></div>
<script src="/wp-embed.js" id="wp-embed-js"></script>
</body></html>`);
      return;
    }
    if (url.pathname === '/article') {
      const pages = url.searchParams.getAll('page');
      const withScript = url.searchParams.get('script') !== 'none';
      const snippets = await Promise.all(pages.map(publishedSnippet));
      const body = snippets
        .map((snippet) => (withScript ? snippet : snippet.replace(/<script[\s\S]*?<\/script>/g, '')))
        .map((snippet) => `${PARAGRAPH}\n<div class="embed-slot">${snippet}</div>`)
        .join('\n');
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><style>body{margin:0;font:16px/1.5 Georgia,serif}main{max-width:1000px;margin:0 auto;padding:0 12px}</style></head>
<body><main><h1>A news article on another site</h1>${body}${PARAGRAPH}</main></body></html>`);
      return;
    }
    response.writeHead(404).end('not found');
  } catch (error) {
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(error));
  }
}).listen(Number(hostPort), 'localhost', () => console.log(`host page on http://localhost:${hostPort}`));
