/**
 * HTTP headers for static hosts, in the `_headers` format of Netlify and Cloudflare Pages, made from
 * the built pages so every route is covered, under any deploy base. The page's <meta> CSP (from
 * astro.config.mjs) holds the script and style hashes; a <meta> CSP cannot carry frame-ancestors,
 * so the header adds it, and both policies apply together.
 */
export const FRAMING = {
  /** Normal pages: framed by nobody. */
  page: "frame-ancestors 'none'",
  /** Embed pages: framed by any site that pastes the snippet. */
  embed: 'frame-ancestors *',
} as const;

const CSP_REST = "object-src 'none'; base-uri 'self'; form-action 'self'; upgrade-insecure-requests";

export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

export const CACHE = {
  /** Files whose names carry a content hash never change. */
  hashed: 'public, max-age=31536000, immutable',
  /** HTML and data change with every correction: revalidate often. */
  html: 'public, max-age=300, must-revalidate',
  /**
   * Share cards (og/*.png) keep their URL when a correction changes the rating they show, like the
   * page that points to them: revalidate as often as HTML.
   */
  shareCard: 'public, max-age=300, must-revalidate',
  /** embed.js has a stable name on every host page: cache it an hour. */
  script: 'public, max-age=3600',
} as const;

/**
 * The media types of the data files, stated rather than left to each server's table: Debian's nginx
 * mime.types sends every .xml as text/xml (the feed is Atom) and has no entry for .csv at all.
 */
export const DATA_TYPES = {
  'claims.json': 'application/json',
  'timeline.json': 'application/json',
  'timeline.csv': 'text/csv; charset=utf-8',
  'feed.xml': 'application/atom+xml; charset=utf-8',
  /** Every oEmbed response is JSON. */
  'oembed/*': 'application/json',
} as const;

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/**
 * The routes of a build, by their first path segment, for one rule each. An edition's folder (the
 * Dutch edition's "nl/", from i18n's non-default locales) is a site of its own inside the site: its
 * sections get their own rules, so that its embeds can be framed while its pages cannot.
 */
export function headerRules(pagePaths: string[], base = '/', editionFolders: readonly string[] = []): HeaderRule[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${prefix}${path.replace(/^\//, '')}`;
  const sections = new Set<string>();
  const singles = new Set<string>();
  const folders = new Set<string>(['']);
  for (const page of pagePaths) {
    const segments = page.replace(/^\//, '').split('/').filter(Boolean);
    const folder = segments.length > 0 && editionFolders.includes(segments[0]!) ? `${segments.shift()}/` : '';
    folders.add(folder);
    const [first, ...rest] = segments;
    if (!first) singles.add(folder);
    else if (rest.length === 0 && first.includes('.')) singles.add(`${folder}${first}`);
    else sections.add(`${folder}${first}`);
  }
  for (const folder of folders) sections.delete(`${folder}embed`);
  const editions = [...folders].filter((folder) => folder !== '').sort();
  const pageHeaders = { 'Content-Security-Policy': `${FRAMING.page}; ${CSP_REST}`, 'X-Frame-Options': 'DENY', 'Cache-Control': CACHE.html };
  return [
    { path: at('*'), headers: { ...SECURITY_HEADERS } },
    ...[...singles].sort().map((single) => ({ path: at(single), headers: pageHeaders })),
    ...[...sections].sort().map((section) => ({ path: at(`${section}/*`), headers: pageHeaders })),
    ...['', ...editions].map((folder) => ({ path: at(`${folder}embed/*`), headers: { 'Content-Security-Policy': `${FRAMING.embed}; ${CSP_REST}`, 'Cache-Control': CACHE.html } })),
    { path: at('_astro/*'), headers: { 'Cache-Control': CACHE.hashed } },
    ...['', ...editions].map((folder) => ({ path: at(`${folder}og/*`), headers: { 'Content-Type': 'image/png', 'Cache-Control': CACHE.shareCard } })),
    { path: at('embed.js'), headers: { 'Cache-Control': CACHE.script, 'Access-Control-Allow-Origin': '*' } },
    ...(['claims.json', 'timeline.json', 'timeline.csv', 'feed.xml', 'oembed/*'] as const).map((data) => ({
      path: at(data),
      headers: { 'Content-Type': DATA_TYPES[data], 'Cache-Control': CACHE.html, 'Access-Control-Allow-Origin': '*' },
    })),
    // Each edition's own feed and oEmbed files.
    ...editions.flatMap((folder) =>
      (['feed.xml', 'oembed/*'] as const).map((data) => ({
        path: at(`${folder}${data}`),
        headers: { 'Content-Type': DATA_TYPES[data], 'Cache-Control': CACHE.html, 'Access-Control-Allow-Origin': '*' },
      })),
    ),
  ];
}

export function formatHeaders(rules: HeaderRule[]): string {
  const blocks = rules.map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Generated at build time by src/integrations/staticHeaders.ts; see README ("Headers").\n${blocks.join('\n\n')}\n`;
}

/** Netlify/Cloudflare matching: an exact path, or a prefix ending in "*". */
export function ruleMatches(rulePath: string, path: string): boolean {
  return rulePath.endsWith('*') ? path.startsWith(rulePath.slice(0, -1)) : rulePath === path || (rulePath.endsWith('/') && `${rulePath}index.html` === path);
}
