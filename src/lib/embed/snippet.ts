/**
 * The copy-and-paste embed code: an iframe that works on its own (fixed height, scrolling) and
 * the host script that sizes it to its content. Kept in one place so the page, the oEmbed JSON and
 * the tests all publish the same snippet.
 */

import type { EmbedNames } from './names.ts';

/**
 * The fewest sandbox tokens that let the embed work on another site (the snippet):
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

/**
 * The preview on our own pages is same-origin, where allow-scripts with allow-same-origin would let
 * the frame remove its own sandbox (and the W3C checker rejects the pair). Nothing sizes the
 * preview, so it needs no origin to check: it runs with an opaque origin, like a WordPress embed.
 */
export const PREVIEW_SANDBOX_TOKENS = ['allow-scripts', 'allow-top-navigation-by-user-activation'] as const;

/** Sends the host only the origin, never the article's path. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The width (px) the snippet declares and the fixed heights are computed for. A number, not "100%":
 * HTML's width attribute takes pixels only, and oEmbed's JSON repeats it. The snippet's style lets
 * the frame shrink with a narrow column; WordPress drops that style and its themes cap iframes at 100%.
 */
export const EMBED_WIDTH = 600;

export interface SnippetOptions {
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of the full page the embed stands for (the fallback's link). */
  pageUrl: string;
  /** Absolute URL of embed.js. */
  scriptSrc: string;
  /** The iframe's accessible name, and the fallback's link text. */
  title: string;
  /** Fixed height (px) that fits the content at EMBED_WIDTH, for hosts that strip the script. */
  height: number;
  /** Names the embed: "claim:slug" or "timeline". */
  id: string;
  /** The story's embed names (names.ts): the attributes of the iframe and of its fallback. */
  names: EmbedNames;
}

/**
 * Three parts, in the order WordPress's sanitiser (wp_filter_oembed_result) expects them:
 * 1. a <blockquote> with a plain link: what any consumer shows without scripts, and the marker that
 *    makes WordPress load its own resizer (wp-embed.js), which hides it once the frame reports;
 * 2. the iframe, with only attributes WordPress keeps first (src, title, width, height, frameborder);
 *    the rest serve other hosts and WordPress strips them;
 * 3. our host script, which WordPress strips and other hosts run.
 */
export function embedSnippet(options: SnippetOptions): string {
  const id = escapeAttribute(options.id);
  const title = escapeAttribute(options.title);
  const fallback = `<blockquote ${options.names.fallbackAttribute}="${id}"><a href="${escapeAttribute(options.pageUrl)}">${title}</a></blockquote>`;
  const attributes = [
    `src="${escapeAttribute(options.src)}"`,
    `title="${title}"`,
    `width="${EMBED_WIDTH}"`,
    `height="${Math.round(options.height)}"`,
    // Obsolete in HTML, but the only way to drop the inset border where the host strips style (WordPress).
    'frameborder="0"',
    'loading="lazy"',
    `sandbox="${SANDBOX_TOKENS.join(' ')}"`,
    `referrerpolicy="${REFERRER_POLICY}"`,
    `${options.names.attribute}="${id}"`,
    `style="border:0;width:100%;max-width:${EMBED_WIDTH}px;display:block"`,
  ];
  return `${fallback}\n<iframe ${attributes.join(' ')}></iframe>\n<script src="${escapeAttribute(options.scriptSrc)}" async></script>`;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A height that holds a claim card at EMBED_WIDTH, from the length of its texts. Generous:
 * a scrollbar costs more than a few empty pixels when the host strips the script. The e2e tests
 * hold every claim to it.
 */
/** The five-step rating meter on the card (bar and its end labels, with margins). */
const RATING_METER_HEIGHT = 40;

export function estimateClaimCardHeight(texts: { claim: string; verdict: string; summaries: string[]; termCount?: number; hasUpdates?: boolean; isExample?: boolean }): number {
  const lines = (text: string, charsPerLine: number) => Math.ceil(text.length / charsPerLine);
  const claimLines = lines(texts.claim, 46); // display face, larger
  const verdictLines = lines(texts.verdict, 66);
  const responseLines = summaryLines(texts.summaries, lines);
  // The folded terms line and the "Updated …" link each take one line when the card has them.
  // A fictional example's card opens with its label (three lines at 600 px).
  const extras = (texts.termCount ? 30 : 0) + (texts.hasUpdates ? 26 : 0) + (texts.isExample ? 90 : 0);
  const height = 190 + claimLines * 30 + verdictLines * 24 + responseLines * 24 + 70 + RATING_METER_HEIGHT + extras;
  return Math.ceil(height / 10) * 10;
}

/**
 * The respondents' summaries at 600 px: two side by side (30 characters a line); three or more in
 * rows of three (about 20 characters a line), each further row adding its heading and gap (2 lines).
 */
function summaryLines(summaries: string[], lines: (text: string, charsPerLine: number) => number): number {
  if (summaries.length <= 2) return Math.max(0, ...summaries.map((summary) => lines(summary, 30)));
  let total = 0;
  for (let row = 0; row * 3 < summaries.length; row += 1) {
    total += Math.max(...summaries.slice(row * 3, row * 3 + 3).map((summary) => lines(summary, 20))) + (row > 0 ? 2 : 0);
  }
  return total;
}

/** The timeline embed's fixed height: the chart scrolls inside it when the host strips the script. */
export const TIMELINE_EMBED_HEIGHT = 900;

/**
 * WordPress's block editor gives an embed whose iframe is close to a video shape a fixed aspect
 * ratio ("wp-has-aspect-ratio"): the theme then stretches the iframe over a box of that ratio and
 * ignores every height wp-embed.js sets, so the card could never size itself. Ported from
 * getClassNames in @wordpress/block-library (embed/util.js, WordPress 6.1), string comparison included.
 */
const WORDPRESS_ASPECT_RATIOS = [
  { ratio: '2.33', className: 'wp-embed-aspect-21-9' },
  { ratio: '2.00', className: 'wp-embed-aspect-18-9' },
  { ratio: '1.78', className: 'wp-embed-aspect-16-9' },
  { ratio: '1.33', className: 'wp-embed-aspect-4-3' },
  { ratio: '1.00', className: 'wp-embed-aspect-1-1' },
  { ratio: '0.56', className: 'wp-embed-aspect-9-16' },
  { ratio: '0.50', className: 'wp-embed-aspect-1-2' },
] as const;

/** The aspect-ratio class WordPress would give an iframe of this width and height, or null. */
export function wordPressAspectClass(width: number, height: number): string | null {
  const aspectRatio = (width / height).toFixed(2);
  for (const candidate of WORDPRESS_ASPECT_RATIOS) {
    if (aspectRatio >= candidate.ratio) return Number(aspectRatio) - Number(candidate.ratio) > 0.1 ? null : candidate.className;
  }
  return null;
}

/** The smallest height, from `height` up in steps of 10 px, that WordPress leaves free to resize. */
export function clearOfWordPressAspectRatios(width: number, height: number): number {
  let clear = height;
  while (wordPressAspectClass(width, clear) !== null) clear += 10;
  return clear;
}
