/**
 * The copy-and-paste embed code: an iframe that works on its own (fixed height, scrolling) and
 * the host script that sizes it to its content. Kept in one place so the page, the oEmbed JSON and
 * the tests all publish the same snippet.
 */

/** The one message type the embeds post and embed.js accepts. It names the project; public/embed.js repeats it. */
export const EMBED_MESSAGE_TYPE = 'kpn-huawei-factcheck:embed-height';

/** The attribute embed.js looks for on the host page; its value names the embed ("claim:slug", "timeline"). */
export const EMBED_ATTRIBUTE = 'data-kpn-huawei-embed';

/**
 * The fewest sandbox tokens that let the embed work:
 * - allow-scripts: the embed measures its height and posts it to the host page;
 * - allow-same-origin: keeps the embed's own origin, so the host can check event.origin (a sandboxed
 *   frame without it posts from the opaque origin "null", which no host could tell from any other).
 *   With allow-scripts it lets the frame reach a host page on the same origin: harmless for a host on
 *   another origin, but a newsroom serving these embeds from its own article domain should know
 *   that the sandbox then only limits navigation, not scripts;
 * - allow-top-navigation-by-user-activation: "Read the full fact-check" opens the claim in the top
 *   window, and only when the reader clicks it.
 * No forms, no pop-ups, no downloads, no top navigation without a click.
 */
export const SANDBOX_TOKENS = ['allow-scripts', 'allow-same-origin', 'allow-top-navigation-by-user-activation'] as const;

/** Sends the host only the origin, never the article's path. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

export interface SnippetOptions {
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of embed.js. */
  scriptSrc: string;
  /** The iframe's accessible name. */
  title: string;
  /** Fixed height (px) that fits the content at about 600 px wide, for hosts that strip the script. */
  height: number;
  /** Names the embed: "claim:slug" or "timeline". */
  id: string;
}

export function embedSnippet(options: SnippetOptions): string {
  const attributes = [
    `src="${escapeAttribute(options.src)}"`,
    `title="${escapeAttribute(options.title)}"`,
    'width="100%"',
    `height="${Math.round(options.height)}"`,
    'loading="lazy"',
    `sandbox="${SANDBOX_TOKENS.join(' ')}"`,
    `referrerpolicy="${REFERRER_POLICY}"`,
    `${EMBED_ATTRIBUTE}="${escapeAttribute(options.id)}"`,
    'style="border:0;width:100%;max-width:720px;display:block"',
  ];
  return `<iframe ${attributes.join(' ')}></iframe>\n<script src="${escapeAttribute(options.scriptSrc)}" async></script>`;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A height that holds a claim card at about 600 px wide, from the length of its texts. Generous:
 * a scrollbar costs more than a few empty pixels when the host strips the script. The e2e tests
 * hold every claim to it.
 */
/** The five-step rating meter on the card (bar and its end labels, with margins). */
const RATING_METER_HEIGHT = 40;

export function estimateClaimCardHeight(texts: { claim: string; verdict: string; kpnSummary: string; huaweiSummary: string }): number {
  const lines = (text: string, charsPerLine: number) => Math.ceil(text.length / charsPerLine);
  const claimLines = lines(texts.claim, 46); // display face, larger
  const verdictLines = lines(texts.verdict, 66);
  const responseLines = Math.max(lines(texts.kpnSummary, 30), lines(texts.huaweiSummary, 30)); // two columns at 600 px
  const height = 190 + claimLines * 30 + verdictLines * 24 + responseLines * 24 + 70 + RATING_METER_HEIGHT;
  return Math.ceil(height / 10) * 10;
}

/** The timeline embed's fixed height: the chart scrolls inside it when the host strips the script. */
export const TIMELINE_EMBED_HEIGHT = 900;
