import { heightMessage, isReadyMessage, linkMessage, wordPressSecret } from '../../lib/embed/wordpress';

/**
 * Tells the host page how tall the embed's content is, whenever that changes: on load, after web
 * fonts, and when the frame's width changes (the host resized). It measures the content box, not
 * the frame, so a height the host sets can never make it grow again. The host's embed.js may also
 * ask for the height (it may load after the first report).
 *
 * It speaks two protocols: ours (embed.js, the snippet's script), and WordPress's (wp-embed.js, which
 * a WordPress site loads for an oEmbed it sandboxes), recognised by the secret WordPress adds to the
 * frame's URL. Both work from an opaque origin: nothing here reads storage, cookies or the parent.
 */
export function reportHeight(): void {
  if (window.parent === window) return;
  const root = document.querySelector<HTMLElement>('.embed-root');
  if (!root) return;
  const embed = root.dataset.embedId ?? '';
  // The story's message type (lib/embed/names.ts), written on the page by the Embed layout.
  const messageType = root.dataset.messageType ?? '';
  // Read each time: wp-embed.js adds the secret to a frame that lacks one after the frame has loaded.
  const secret = () => wordPressSecret(location.hash);
  let last = -1;
  const post = (force = false) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    // A frame the host has not laid out yet has no height to report; the ResizeObserver reports once it has.
    if (height === 0) return;
    if (!force && Math.abs(height - last) < 1) return;
    last = height;
    window.parent.postMessage({ type: messageType, embed, height }, '*');
    const wordPress = secret();
    if (wordPress) window.parent.postMessage(heightMessage(height, wordPress), '*');
  };
  // Straight from the observer, after layout: no animation frame in between, because a browser runs
  // none in a cross-origin frame out of view, and a report queued there could wait past the moment
  // the frame scrolls into view with the wrong height.
  new ResizeObserver(() => {
    // Only the width changed (the frame's own scrollbar went, say): the confirmed height still holds.
    // Dropping the confirmation here left the card scrollable for good, since an unchanged height is
    // never reported and so never confirmed again.
    if (Math.ceil(root.getBoundingClientRect().height) === last) return;
    // Content that grew past the applied height (a disclosure opened) keeps its scrollbar until the host confirms again.
    delete document.documentElement.dataset.hostSized;
    post();
  }).observe(root);
  // Report again each time the card comes into view: a host script that started listening after the
  // card's first report (wp-embed.js sends its 'ready' only once, and may send it before the card has
  // loaded) still gets the height by the time the reader sees the frame.
  new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) post(true);
  }).observe(root);
  document.fonts?.ready.then(() => post());
  // Once more when the card has loaded, even at the same height: a host script still loading missed the first report.
  window.addEventListener('load', () => post(true));
  // And to WordPress a few times in the card's first seconds. wp-embed.js sends its 'ready' once,
  // perhaps to the frame's blank document before the card is in it, and keeps the frame clipped until
  // the card answers; clipped, the frame never comes into view, and a browser runs no observers in a
  // cross-origin frame out of sight. Timers still run there (slowed to once a second). Our own host
  // needs none of this: embed.js asks for the height itself and confirms what it applied.
  for (const delay of [1_000, 2_500, 5_000]) {
    window.setTimeout(() => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      const wordPress = secret();
      if (wordPress && height > 0) window.parent.postMessage(heightMessage(height, wordPress), '*');
    }, delay);
  }
  window.addEventListener('hashchange', () => post(true));
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const wordPress = secret();
    if (wordPress && isReadyMessage(event.data, wordPress)) {
      post(true);
      return;
    }
    if (event.data?.type !== messageType) return;
    if (event.data.request === 'height') post(true);
    // The host applied a height that holds the content: drop the frame's own scrollbar, whose coming
    // and going would change the width, then the height, then the scrollbar again. A host that
    // refused the height (too large, wrong origin) never confirms, and the content stays scrollable.
    if (typeof event.data.applied === 'number' && event.data.applied >= Math.ceil(root.getBoundingClientRect().height)) {
      document.documentElement.dataset.hostSized = '';
    }
  });
  // WordPress's sandbox has no top navigation: a link followed inside it is blocked. Hand the
  // address to wp-embed.js instead, which opens it in the top window (after a click only).
  document.addEventListener('click', (event) => {
    const wordPress = secret();
    if (!wordPress || event.defaultPrevented || event.button !== 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // HTML links, and the timeline's SVG links (whose href is not a string property).
    const href = event.target instanceof Element ? event.target.closest('a[href]')?.getAttribute('href') : null;
    if (!href) return;
    const message = linkMessage(href, location.href, wordPress);
    if (!message) return;
    event.preventDefault();
    window.parent.postMessage(message, '*');
  });
  post(true);
}
