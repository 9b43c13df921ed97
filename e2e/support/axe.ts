import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import type { Page } from '@playwright/test';

/** Axe's minified build: 650 kB for the page to compile, against 1.5 MB for `axe.source`. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 to 2.2, levels A and AA, and axe's best practices (landmarks, heading order, regions). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The rules of those tags, and target-size, which axe ships switched off; only violations are reported back. */
const OPTIONS: axe.RunOptions = {
  runOnly: { type: 'tag', values: AXE_TAGS },
  rules: { 'target-size': { enabled: true } },
  resultTypes: ['violations'],
  iframes: false,
};

/**
 * Axe's violations on the page as it stands (or on some parts of it), one line per rule naming the
 * first two elements, so that an empty list is the pass and a failure message says where to look.
 *
 * Axe runs in the page itself, in its top document only. The only frames on our pages are our own
 * embed cards and timeline, sandboxed without same-origin and loaded lazily; each of those embed pages
 * is checked by axe as a page of its own, in every mode. @axe-core/playwright, which we used before,
 * injects axe into every frame first, and a lazy frame not yet loaded held each claim page for its
 * one-second injection timeout; its default mode also sent every result to a new blank page to finish
 * there (the print proof: 14 s against 3 s). And its `options()` silently replaced what `withTags()`
 * had set, so for a while axe ran its defaults instead of these tags, without target-size.
 */
export async function axeViolations(page: Page, parts: readonly string[] = []): Promise<string[]> {
  // Once per document: a page checked in several modes keeps axe and the style sheet between runs.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await renderSkippedContent(page);
    // Evaluated through the DevTools protocol, which the pages' CSP does not govern (a <script> would be blocked).
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(
    async ({ parts, options }) => {
      const context = parts.length > 0 ? { include: parts.map((part) => [part]) } : document;
      const results = await (window as unknown as { axe: typeof axe }).axe.run(context, options);
      return results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { parts: [...parts], options: OPTIONS },
  );
  return violations.map(({ id, targets }) => `${id} (${targets.length}): ${targets.slice(0, 2).join(' | ')}`);
}

/**
 * Lays out what `content-visibility: auto` skips while it is off screen (the timeline's long table),
 * as it is laid out once a reader scrolls to it. Skipped, the table keeps its estimated height and its
 * rows overflow it, so axe measured a row's link against a glossary link that the skipped box hides,
 * a target-size failure no reader can meet. One constructed style sheet (the CSP governs none), instead
 * of asking every element for its computed style.
 */
async function renderSkippedContent(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}
