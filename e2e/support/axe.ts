import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0 to 2.2, levels A and AA, and axe's best practices (landmarks, heading order, regions). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Axe's violations on the page as it stands (or on some parts of it), one line per rule naming the
 * first two elements, so that an empty list is the pass and a failure message says where to look.
 *
 * The options are set in one object, because AxeBuilder's `options()` replaces what `withTags()` set:
 * chained in the other order it silently ran axe's defaults instead of these tags, and without
 * target-size, which axe ships switched off.
 *
 * Legacy mode runs `axe.run` in the page itself. The default mode runs axe per frame, sends every
 * result (passes included) to a new blank page and finishes there: three to four times as slow on a
 * long page (the 150-page print proof: 14 s against 3 s on a quiet machine), for frames we do not need
 * it for. The only frames on our pages are our own embed cards and timeline, sandboxed without
 * same-origin so axe cannot reach into them from the page; each of those embed pages is checked by
 * axe as a page of its own, in every mode.
 */
export async function axeViolations(page: Page, parts: readonly string[] = []): Promise<string[]> {
  await renderSkippedContent(page);
  let builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({
      runOnly: { type: 'tag', values: AXE_TAGS },
      rules: { 'target-size': { enabled: true } },
      resultTypes: ['violations'],
      iframes: false,
    });
  for (const part of parts) builder = builder.include(part);
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * Lays out what `content-visibility: auto` skips while it is off screen (the timeline's long table),
 * as it is laid out once a reader scrolls to it. Skipped, the table keeps its estimated height and its
 * rows overflow it, so axe measured a row's link against a glossary link that the skipped box hides,
 * a target-size failure no reader can meet. Set through the CSSOM, which the pages' CSP allows.
 */
async function renderSkippedContent(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('*')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
}
