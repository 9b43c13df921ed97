/**
 * The names an embed speaks on a host page: the type of its height messages, the attribute that
 * marks its iframe and its link-only fallback, and the flag that keeps the host script from
 * installing twice. They come from the story's slug, so two fact-checks' embeds on one host page
 * never answer each other, and once published they must not change (hosts' pages carry them):
 * for the slug "city-water-factcheck", "city-water-factcheck:embed-height" and "data-city-water-embed".
 */
export interface EmbedNames {
  /** The one message type the embeds post and embed.js accepts. */
  messageType: string;
  /** The attribute embed.js looks for on the host page; its value names the embed ("claim:slug", "timeline"). */
  attribute: string;
  /** Marks the snippet's link-only fallback, which embed.js hides once the frame reports its height. */
  fallbackAttribute: string;
  /** The global that marks embed.js as installed on the host page. */
  installedFlag: string;
}

export function embedNames(slug: string): EmbedNames {
  // The attribute names the story, not the kind of site: "…-factcheck" is dropped from it.
  const base = slug.replace(/-fact-?check$/, '');
  const camel = base.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
  return {
    messageType: `${slug}:embed-height`,
    attribute: `data-${base}-embed`,
    fallbackAttribute: `data-${base}-embed-fallback`,
    installedFlag: `__${camel}Embed`,
  };
}
