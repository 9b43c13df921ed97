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

/** The languages the site is published in; the first is the default, served at the root. */
export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A locale name as Astro hands it over (Astro.currentLocale, a route param) → one of ours; English by default. */
export function toLocale(name: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(name ?? '') ? (name as Locale) : DEFAULT_LOCALE;
}

/** The folder an edition's pages live under: "" for the default (English stays at the root), "nl/" for Dutch. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `${locale}/`);

/**
 * Site paths of the page types in one edition: every page, embed, oEmbed file and the feed under the
 * edition's folder (/nl/claims/x/), the data files and the embed script shared by both (they hold
 * evidence and code, not words). Agrees with Astro's getRelativeLocaleUrl under `prefixDefaultLocale:
 * false`; e2e/links checks every link of both editions.
 */
export function localePaths(locale: Locale): typeof PATHS {
  const prefix = localePrefix(locale);
  if (prefix === '') return PATHS;
  const shared = new Set<string>([PATHS.claimsData, PATHS.timelineCsv, PATHS.timelineJson, PATHS.embedScript]);
  const entries = Object.entries(PATHS).map(([name, path]) => [
    name,
    typeof path === 'function' ? (slug: string) => `${prefix}${path(slug)}` : shared.has(path) ? path : `${prefix}${path}`,
  ]);
  return Object.fromEntries(entries) as typeof PATHS;
}

/** The same page in another edition: a site path of `from`'s edition, moved to `to`'s folder. */
export function translatePath(path: string, from: Locale, to: Locale): string {
  const prefix = localePrefix(from);
  const bare = prefix !== '' && path.startsWith(prefix) ? path.slice(prefix.length) : path;
  return `${localePrefix(to)}${bare}`;
}
