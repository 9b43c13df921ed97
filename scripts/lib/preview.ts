/**
 * Serves a built folder over HTTP with Astro's own preview server (the programmatic `preview()`), for
 * scripts that need the built site in a browser: the PDF export and the benchmark's Lighthouse runs.
 * It is what `npm run preview` serves: index.html for directories, 404.html for misses, the deploy
 * base path, and text compressed with gzip (Vite's preview compresses responses, as the generated
 * nginx.conf does), so Lighthouse measures what readers get.
 */
import { preview } from 'astro';

/** `base` is the deploy sub-path the build was made for ("/" at the root). Any free port is taken. */
export async function previewBuilt(outDir: string, base = '/'): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = await preview({ outDir, base, logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
