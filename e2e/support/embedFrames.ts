import type { ElementHandle, Frame } from '@playwright/test';

/** What a host page's iframe and the card inside it measure once the card has been sized, or when waiting gave up. */
export interface SizedFrame {
  /** The iframe element's box on the host page. */
  frameHeight: number;
  frameWidth: number;
  /** The iframe's style attribute (wp-embed.js removes its clipping style once the card has answered). */
  style: string | null;
  /** The card's content height, measured inside the frame. */
  content: number;
  /** How far the frame's document scrolls inside the frame (scrollHeight − clientHeight). */
  scroll: number;
  /** The frame's origin as the card sees it ("null" in WordPress's sandbox). */
  origin: string;
  /** Whether the frame got to its expected size before the deadline (the caller asserts the sizes themselves). */
  settled: boolean;
}

export interface SizingOptions {
  /** The largest height the host applies (wp-embed.js clamps to 1000 px; ours has no cap that matters here). */
  cap?: number;
  /** Pixels the frame's viewport may differ from the card's content height. */
  tolerance?: number;
  /** How long to wait for the frame to settle (a cross-origin load under load, not a moment). */
  timeout?: number;
}

/**
 * Brings an embed's iframe into view and waits, inside the frame, for the frame's own state to say the
 * host has sized it: its viewport as wide as the iframe now is on the host, and as tall as its card
 * (within `tolerance`, capped at `cap`). The wait listens for the frame's resize and the card's
 * ResizeObserver, so it returns the moment the frame settles, never after a fixed sleep; the
 * deadline only bounds a frame that never does. Then reads the iframe's box on the host once more.
 * Three round trips per frame, where polling from outside took a dozen and slept between tries.
 *
 * Browsers pause rendering in cross-origin frames out of view (no ResizeObserver, no animation
 * frames): a frame below the fold sizes itself when the reader scrolls to it, as here.
 */
export async function sizeFrame(iframe: ElementHandle<HTMLIFrameElement>, frame: Frame, options: SizingOptions = {}): Promise<SizedFrame> {
  const { cap = Infinity, tolerance = 0, timeout = 20_000 } = options;
  const hostWidth = await iframe.evaluate((el) => {
    el.scrollIntoView({ block: 'nearest' });
    return el.getBoundingClientRect().width;
  });
  // .embed-root waits through the frame's navigation (a lazy frame starts loading once in view).
  const inside = await frame.locator('.embed-root').evaluate(
    (root, { hostWidth, cap, tolerance, timeout }) =>
      new Promise<{ content: number; scroll: number; origin: string; settled: boolean }>((resolve) => {
        const html = document.documentElement;
        const measure = () => ({ content: root.getBoundingClientRect().height, scroll: html.scrollHeight - html.clientHeight, origin: self.origin });
        const settledNow = (content: number) =>
          Math.abs(window.innerWidth - hostWidth) < 1 &&
          Math.abs(window.innerHeight - Math.min(Math.ceil(content), cap)) <= tolerance;
        const check = () => {
          if (settledNow(measure().content)) finish(true);
        };
        // The host resizing the frame fires the frame's resize; the card's content changing fires the observer.
        const contentResized = new ResizeObserver(check);
        const deadline = window.setTimeout(() => finish(false), timeout);
        function finish(settled: boolean) {
          contentResized.disconnect();
          window.removeEventListener('resize', check);
          clearTimeout(deadline);
          resolve({ ...measure(), settled });
        }
        contentResized.observe(root);
        window.addEventListener('resize', check);
        check();
      }),
    { hostWidth, cap, tolerance, timeout },
  );
  const host = await iframe.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { frameHeight: box.height, frameWidth: box.width, style: el.getAttribute('style') };
  });
  return { ...host, ...inside };
}
