import type { Claim } from './content/siteModel.ts';
import { PATHS, absoluteUrl } from './paths.ts';
import { en, type UiStrings } from '../i18n/en.ts';

/** The feed's language: its words, its pages' paths and its xml:lang (English by default). */
export interface FeedEdition {
  ui: UiStrings;
  paths: typeof PATHS;
  lang: string;
}
const ENGLISH: FeedEdition = { ui: en, paths: PATHS, lang: 'en' };

/**
 * The Atom feed of changes: each claim's publication and every line of its updates log, newest
 * first, so newsrooms that embedded a claim learn when it changes.
 */
export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  url: string;
  summary: string;
  /** For a stable order among entries of one day: the claim's number and the log line (0 = publication). */
  claimNumber: number;
  logIndex: number;
}

export function feedEntries(claims: Claim[], site: string | URL, edition: FeedEdition = ENGLISH): FeedEntry[] {
  const entries: FeedEntry[] = [];
  for (const claim of claims) {
    const url = absoluteUrl(site, edition.paths.claim(claim.slug));
    entries.push({
      id: `${url}#published`,
      title: edition.ui.feed.published(claim.number, claim.claim),
      updated: claim.published.iso,
      url,
      summary: `${claim.rating.label}. ${claim.verdict}`,
      claimNumber: claim.number,
      logIndex: 0,
    });
    claim.updates.forEach((update, index) => {
      entries.push({
        id: `${url}#update-${index + 1}`,
        title: edition.ui.feed.updated(claim.number, claim.claim),
        updated: update.date.iso,
        url,
        summary: update.change,
        claimNumber: claim.number,
        logIndex: index + 1,
      });
    });
  }
  // Newest first; on the same day, the higher claim number and the later log line first, so the order is stable.
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || b.claimNumber - a.claimNumber || b.logIndex - a.logIndex);
}

export function atomFeed(options: { title: string; author: string; site: string | URL; entries: FeedEntry[]; edition?: FeedEdition }): string {
  const edition = options.edition ?? ENGLISH;
  const self = absoluteUrl(options.site, edition.paths.feed);
  const home = absoluteUrl(options.site, edition.paths.home);
  const updated = options.entries[0]?.updated ?? '1970-01-01';
  const items = options.entries
    .map(
      (entry) => `  <entry>
    <id>${xml(entry.id)}</id>
    <title>${xml(entry.title)}</title>
    <updated>${entry.updated}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${xml(entry.url)}"/>
    <summary>${xml(entry.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${edition.lang}">
  <id>${xml(self)}</id>
  <title>${xml(options.title)}</title>
  <updated>${updated}T00:00:00Z</updated>
  <author><name>${xml(options.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(self)}"/>
  <link rel="alternate" type="text/html" href="${xml(home)}"/>
${items}
</feed>
`;
}

export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
