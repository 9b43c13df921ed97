/**
 * WordPress's embed protocol, as its host script wp-embed.js (WordPress 4.4 and later) speaks it.
 * WordPress sandboxes an untrusted oEmbed iframe with allow-scripts only (an opaque origin, no top
 * navigation), adds a random secret to its src as "#?secret=…", and accepts from that frame's window:
 * - { message: 'height', value, secret }: sets the frame's height, clamped to 200–1000 px;
 * - { message: 'link', value, secret }: opens value in the top window if the frame has focus (the
 *   reader clicked in it) and value is on the frame's own host.
 * It sends the frame { message: 'ready', secret } once it is listening.
 */

/** The secret in an embed URL's fragment ("#?secret=AbC123xyz0"), or null outside WordPress. */
export function wordPressSecret(hash: string): string | null {
  // wp-embed.js drops messages whose secret has anything but letters and digits.
  const match = /^#\?(?:.*&)?secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash);
  return match ? match[1]! : null;
}

/** wp-embed.js's bounds for a height (px); a card taller than the maximum scrolls inside its frame. */
export const WORDPRESS_HEIGHT = { min: 200, max: 1000 } as const;

export interface WordPressMessage {
  message: 'height' | 'link';
  value: number | string;
  secret: string;
}

export function heightMessage(height: number, secret: string): WordPressMessage {
  return { message: 'height', value: Math.ceil(height), secret };
}

/**
 * The 'link' message for a link the reader followed, or null when WordPress should not get it:
 * only links to the embed's own site travel to the host (wp-embed.js would refuse any other anyway).
 */
export function linkMessage(href: string, embedUrl: string, secret: string): WordPressMessage | null {
  let target: URL;
  try {
    target = new URL(href, embedUrl);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(target.protocol) || target.host !== new URL(embedUrl).host) return null;
  return { message: 'link', value: target.href, secret };
}

/** Whether a message from the host is WordPress's 'ready' for this frame. */
export function isReadyMessage(data: unknown, secret: string): boolean {
  return typeof data === 'object' && data !== null && (data as { message?: unknown }).message === 'ready' && (data as { secret?: unknown }).secret === secret;
}
