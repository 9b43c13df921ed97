/**
 * A news article on another origin, for the embed tests: it fetches the site's published
 * "Embed this" snippets from the preview server and pastes them, unchanged, into an article page.
 * Usage: node e2e/support/host-server.ts <hostPort> <sitePort>
 */
import { createServer } from 'node:http';

const [hostPort = '4330', sitePort = '4329'] = process.argv.slice(2);
const SITE = `http://localhost:${sitePort}`;

/** Reads the snippet out of the page's "Embed this" code block, as an editor would copy it. */
async function publishedSnippet(pagePath: string): Promise<string> {
  const html = await (await fetch(SITE + pagePath)).text();
  const match = /<textarea[^>]*data-embed-snippet[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  if (!match) throw new Error(`No embed snippet on ${pagePath}`);
  return match[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

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
