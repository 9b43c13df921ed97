import { EMBED_MESSAGE_TYPE } from '../../lib/embed/snippet';

/**
 * Tells the host page how tall the embed's content is, whenever that changes: on load, after web
 * fonts, and when the frame's width changes (the host resized). It measures the content box, not
 * the frame, so a height the host sets can never make it grow again. The host's embed.js may also
 * ask for the height (it may load after the first report).
 */
export function reportHeight(): void {
  if (window.parent === window) return;
  const root = document.querySelector<HTMLElement>('.embed-root');
  if (!root) return;
  const embed = root.dataset.embedId ?? '';
  let last = -1;
  let queued = false;
  const post = (force = false) => {
    queued = false;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!force && Math.abs(height - last) < 1) return;
    last = height;
    window.parent.postMessage({ type: EMBED_MESSAGE_TYPE, embed, height }, '*');
  };
  const schedule = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(() => post());
    }
  };
  new ResizeObserver(() => {
    // Content that grew past the applied height (a disclosure opened) keeps its scrollbar until the host confirms again.
    delete document.documentElement.dataset.hostSized;
    schedule();
  }).observe(root);
  document.fonts?.ready.then(schedule);
  window.addEventListener('load', schedule);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.data?.type !== EMBED_MESSAGE_TYPE) return;
    if (event.data.request === 'height') post(true);
    // The host applied a height that holds the content: drop the frame's own scrollbar, whose coming
    // and going would change the width, then the height, then the scrollbar again. A host that
    // refused the height (too large, wrong origin) never confirms, and the content stays scrollable.
    if (typeof event.data.applied === 'number' && event.data.applied >= Math.ceil(root.getBoundingClientRect().height)) {
      document.documentElement.dataset.hostSized = '';
    }
  });
  post(true);
}
