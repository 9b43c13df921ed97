/**
 * Every internal URL goes through here, so the site works at the root of a domain and under a
 * sub-path (`astro build --base /factchecks/city-water/`) alike.
 */

/** Joins the deploy base and a site path: ("/sub/", "claims/x/") → "/sub/claims/x/". */
export function joinBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const cleanPath = path.replace(/^\/+/, '');
  return `${cleanBase}${cleanPath}`;
}

/** The site path of a page under the configured base. Fragments and query strings pass through. */
export function withBase(path: string): string {
  return joinBase(import.meta.env?.BASE_URL ?? '/', path);
}

/** The absolute URL of a site path, for canonical links, feeds, oEmbed and JSON-LD. */
export function absoluteUrl(site: string | URL, path: string): string {
  return new URL(withBase(path), site).href;
}

/** Site paths of the page types, named once. */
export const PATHS = {
  home: '',
  claim: (slug: string) => `claims/${slug}/`,
  embedClaim: (slug: string) => `embed/claims/${slug}/`,
  oembedClaim: (slug: string) => `oembed/claims/${slug}.json`,
  timeline: 'timeline/',
  embedTimeline: 'embed/timeline/',
  oembedTimeline: 'oembed/timeline.json',
  methodology: 'methodology/',
  sources: 'sources/',
  statements: 'statements/',
  review: 'review/',
  reviewLetter: 'review/letter/',
  feed: 'feed.xml',
  claimsData: 'claims.json',
  timelineCsv: 'timeline.csv',
  timelineJson: 'timeline.json',
  embedScript: 'embed.js',
} as const;
