/**
 * What a page costs a reader: its HTML, CSS and JavaScript in bytes (raw, gzip, brotli) and the
 * requests it makes to show the first screen, read from the built files (deterministic, unlike timings).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
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
  /** Only the stylesheets fetched on their own (<link rel="stylesheet">): the bytes a page costs beyond its HTML. */
  linkedCss: Bytes;
  /** Executable scripts, inline and external; JSON-LD data blocks are not scripts. */
  js: Bytes;
  /** HTML plus external stylesheets, scripts, icons and images fetched on load (lazy frames excluded). */
  requests: number;
}

/**
 * The sizes of some content, each compressed size worked out when it is first read, then kept:
 * brotli at quality 11 (what a host precompresses with) takes about a second for a claim page on the
 * test machine, and most callers read one of the two.
 */
export function sizes(content: Buffer | string): Bytes {
  const buffer = Buffer.isBuffer(content) ? content : Buffer.from(content);
  let gzip: number | undefined;
  let brotli: number | undefined;
  return {
    raw: buffer.length,
    get gzip() {
      return (gzip ??= gzipSync(buffer, { level: 9 }).length);
    },
    get brotli() {
      return (brotli ??= brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
    },
  };
}

/** A sum that compresses its parts only when it is read. */
const add = (a: Bytes, b: Bytes): Bytes => ({
  raw: a.raw + b.raw,
  get gzip() {
    return a.gzip + b.gzip;
  },
  get brotli() {
    return a.brotli + b.brotli;
  },
});
const ZERO: Bytes = { raw: 0, gzip: 0, brotli: 0 };

/**
 * The sizes of a built file, kept per path and modification: pages of one build share their
 * stylesheets and scripts, which are compressed once.
 */
const fileSizes = new Map<string, Bytes>();
function sizesOfFile(path: string): Bytes {
  const { mtimeMs, size } = statSync(path);
  const key = `${path}\0${mtimeMs}\0${size}`;
  let found = fileSizes.get(key);
  if (!found) fileSizes.set(key, (found = sizes(readFileSync(path))));
  return found;
}

/** `sitePath` is the page's path under the base ("claims/x/"); `base` the deploy base of the build. */
export function pageWeight(dist: string, sitePath: string, base = '/'): PageWeight {
  const file = join(dist, sitePath, sitePath.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file, 'utf8');
  const local = (url: string) => join(dist, url.startsWith(base) ? url.slice(base.length) : url);
  let css = ZERO;
  let linkedCss = ZERO;
  let js = ZERO;
  let requests = 1;
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, sizes(body!));
  for (const [, href] of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    requests += 1;
    if (existsSync(local(href!))) linkedCss = add(linkedCss, sizesOfFile(local(href!)));
  }
  for (const [tag, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = /type="([^"]+)"/.exec(attributes!)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = /src="([^"]+)"/.exec(attributes!)?.[1];
    if (src) {
      requests += 1;
      if (existsSync(local(src))) js = add(js, sizesOfFile(local(src)));
    } else if (body!.trim()) js = add(js, sizes(body!));
    void tag;
  }
  requests += [...html.matchAll(/<link[^>]+rel="icon"/g)].length;
  // The whole tag: loading="lazy" may come after src.
  requests += [...html.matchAll(/<img\b[^>]*>/g)].filter(([img]) => /\ssrc="/.test(img) && !/\sloading="lazy"/.test(img)).length;
  return { html: sizes(html), css: add(css, linkedCss), linkedCss, js, requests };
}
