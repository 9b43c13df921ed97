/**
 * What a page costs a reader: its HTML, CSS and JavaScript in bytes (raw, gzip, brotli) and the
 * requests it makes to show the first screen, read from the built files (deterministic, unlike timings).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  html: Bytes;
  /** Stylesheets, inline <style> included (counted inside the HTML too: that is how it travels). */
  css: Bytes;
  /** Executable scripts, inline and external; JSON-LD data blocks are not scripts. */
  js: Bytes;
  /** HTML plus external stylesheets, scripts, icons and images fetched on load (lazy frames excluded). */
  requests: number;
}

export function sizes(content: Buffer | string): Bytes {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO: Bytes = { raw: 0, gzip: 0, brotli: 0 };

/** `sitePath` is the page's path under the base ("claims/x/"); `base` the deploy base of the build. */
export function pageWeight(dist: string, sitePath: string, base = '/'): PageWeight {
  const file = join(dist, sitePath, sitePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file, 'utf8');
  const local = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  let css = ZERO;
  let js = ZERO;
  let requests = 1;
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, sizes(body!));
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    requests += 1;
    if (existsSync(local(href!))) css = add(css, sizes(readFileSync(local(href!))));
  }
  for (const [tag, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /type="([^"]+)"/.exec(attributes!)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = /src="([^"]+)"/.exec(attributes!)?.[1];
    if (src) {
      requests += 1;
      if (existsSync(local(src))) js = add(js, sizes(readFileSync(local(src))));
    } else if (body!.trim()) js = add(js, sizes(body!));
    void tag;
  }
  requests += [...html.matchAll(/<link[^>]+rel="icon"/g)].length;
  requests += [...html.matchAll(/<img[^>]+src="/g)].filter(([img]) => !/loading="lazy"/.test(img)).length;
  return { html: sizes(html), css, js, requests };
}
