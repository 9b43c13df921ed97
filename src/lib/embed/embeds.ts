import type { Claim } from '../content/siteModel.ts';
import { PATHS, absoluteUrl } from '../paths.ts';
import { en, type UiStrings } from '../../i18n/en.ts';
import { embedNames } from './names.ts';
import type { Story } from '../content/siteModel.ts';
import { EMBED_WIDTH, TIMELINE_EMBED_HEIGHT, clearOfWordPressAspectRatios, embedSnippet, estimateClaimCardHeight } from './snippet.ts';

/** Everything the pages, the oEmbed files and the tests need to know about one embed. */
export interface EmbedDescription {
  id: string;
  src: string;
  title: string;
  height: number;
  width: number;
  snippet: string;
}

/** The story's facts an embed needs: its slug names the messages; an example's card carries its label. */
export type EmbedStory = Pick<Story, 'slug' | 'example'>;

/** The edition an embed is in: its words and its pages' paths (English by default). */
export interface EmbedEdition {
  ui: UiStrings;
  paths: typeof PATHS;
}
const ENGLISH: EmbedEdition = { ui: en, paths: PATHS };

export function claimEmbed(claim: Claim, site: string | URL, story: EmbedStory, edition: EmbedEdition = ENGLISH): EmbedDescription {
  const names = embedNames(story.slug);
  const src = absoluteUrl(site, edition.paths.embedClaim(claim.slug));
  // The hand-written short form: iframe titles and oEmbed titles are read out and shown in lists.
  const title = edition.ui.embed.frameTitle(claim.number, claim.shortForm);
  const estimate = estimateClaimCardHeight({
    claim: claim.claim,
    verdict: claim.verdict,
    summaries: claim.responses.map((response) => response.summary),
    termCount: claim.cardTerms.length,
    hasUpdates: claim.updates.length > 0,
    isExample: story.example,
  });
  const height = clearOfWordPressAspectRatios(EMBED_WIDTH, estimate);
  const id = `claim:${claim.slug}`;
  const pageUrl = absoluteUrl(site, edition.paths.claim(claim.slug));
  return { id, src, title, height, width: EMBED_WIDTH, snippet: embedSnippet({ src, pageUrl, scriptSrc: absoluteUrl(site, PATHS.embedScript), title, height, id, names }) };
}

export function timelineEmbed(site: string | URL, title: string, story: EmbedStory, edition: EmbedEdition = ENGLISH): EmbedDescription {
  const names = embedNames(story.slug);
  const src = absoluteUrl(site, edition.paths.embedTimeline);
  const id = 'timeline';
  const height = clearOfWordPressAspectRatios(EMBED_WIDTH, TIMELINE_EMBED_HEIGHT);
  const pageUrl = absoluteUrl(site, edition.paths.timeline);
  return { id, src, title, height, width: EMBED_WIDTH, snippet: embedSnippet({ src, pageUrl, scriptSrc: absoluteUrl(site, PATHS.embedScript), title, height, id, names }) };
}

/**
 * The oEmbed response (https://oembed.com, type "rich") for an embed: the same snippet as "Embed this",
 * with the width and height its iframe declares. Static files cannot read a consumer's maxwidth or
 * maxheight, so every consumer gets these; the frame narrows with its column and sizes itself.
 */
export function oembedJson(embed: EmbedDescription, provider: { name: string; url: string }): string {
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      title: embed.title,
      html: embed.snippet,
      width: embed.width,
      height: embed.height,
      provider_name: provider.name,
      provider_url: provider.url,
      author_name: provider.name,
      author_url: provider.url,
      cache_age: 86400,
    },
    null,
    2,
  )}\n`;
}
