/**
 * A minimal static file server for dist/, for scripts that need the built site over HTTP without
 * `astro preview` (the PDF export, the benchmark, Lighthouse). Serves index.html for directories
 * and 404.html for misses, like a static host, gzip-compressing text as the generated nginx.conf does.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.csv': 'text/csv', '.txt': 'text/plain', '.woff2': 'font/woff2',
};

/** `base` is the deploy sub-path the build was made for ("/" at the root); requests outside it get 404. */
export function serveStatic(root: string, port = 0, base = '/'): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const fullPath = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const path = fullPath.startsWith(base) ? `/${fullPath.slice(base.length)}` : '/\0outside-base';
    let file = normalize(join(root, path));
    if (!file.startsWith(join(normalize(root), '/')) && file !== normalize(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': TYPES['.html']! });
      return void response.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Compressed like the generated nginx.conf serves it, so Lighthouse measures what readers get.
    const compress = /gzip/.test(String(request.headers['accept-encoding'] ?? '')) && /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
    const body = readFileSync(file);
    response.writeHead(200, { 'Content-Type': type, ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}) });
    response.end(compress ? gzipSync(body) : body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
    });
  });
}
