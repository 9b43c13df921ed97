/**
 * Reading a rendered timeline drawing: its leader lines (and whether any two cross) and labels that
 * reach past the drawing's edge. Used by timeline.spec.ts on the timelines and by each claim's visit
 * (claims.spec.ts) on the claim page's small timeline of related events.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { crossingPairs, parseLeaderPath } from '../../src/lib/timeline/crossings';

/** A drawing's name, the path data of its leader lines as the rendered SVG has them, and its marks. */
export type Leaders = { name: string; leaders: string[]; wide: boolean; marks: number };

/** Crossing pairs of leader lines in each drawing: `[drawing, leaders, pairs]`. */
export function crossingsIn(drawings: Leaders[]): Array<[string, number, string[]]> {
  return drawings.map(({ name, leaders }) => {
    const pairs = crossingPairs(leaders.map(parseLeaderPath));
    return [name, leaders.length, pairs.map(([i, j]) => `${leaders[i]} × ${leaders[j]}`)];
  });
}

/** Reads every drawing under `scope`, in the page: its leaders, and its marks (a claim page counts them in the same read). */
export const readLeaders = (scope: string): Leaders[] =>
  [...document.querySelectorAll(`${scope} svg.tl-svg`)].map((svg) => ({
    name: `${svg.getAttribute('class')} ${svg.querySelector('title')?.textContent ?? ''}`,
    leaders: [...svg.querySelectorAll('path.tl-leader')].map((path) => path.getAttribute('d') ?? ''),
    wide: svg.classList.contains('tl-wide'),
    marks: svg.querySelectorAll('a.tl-link').length,
  }));

/** Crossing pairs of leader lines in each drawing on the page, read from the rendered SVG. */
export async function leaderCrossings(page: Page, scope: string): Promise<Array<[string, number, string[]]>> {
  return crossingsIn(await page.evaluate(readLeaders, scope));
}

/** Texts of the visible drawings on the page that reach past the edge of their drawing. */
export async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg.tl-svg')]
      .filter((svg) => {
        const box = svg.getBoundingClientRect();
        return svg.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
      })
      .flatMap((svg) => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll<SVGTextElement>('text')].flatMap((text) => {
          const box = text.getBoundingClientRect();
          const inside = box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
          return inside ? [] : [`${text.textContent} (${Math.round(box.left - frame.left)}–${Math.round(box.right - frame.left)} of ${Math.round(frame.width)})`];
        });
      }),
  );
}

/** The widths at which labels must stay inside their drawing; all of them for every timeline, the first for every claim page. */
export const LABEL_WIDTHS = [1280, 390, 320] as const;

/**
 * A claim page's small timeline: one mark for each related event, drawn with the timeline's own
 * component (leaders and all), no two leader lines crossing, and at each of `widths` no label clipped
 * at the edge of its drawing. A claim without related events draws none. Leaves the viewport at the
 * last width.
 */
export async function checkClaimEvents(page: Page, claim: { slug: string; events?: string[] }, widths: readonly number[]): Promise<void> {
  const count = (claim.events ?? []).length;
  const drawings = await page.evaluate(readLeaders, '.claim-events');
  const marks = drawings.filter(({ wide }) => wide).reduce((sum, drawing) => sum + drawing.marks, 0);
  if (count > 0) expect(marks, `${claim.slug}: marks of its related events`).toBe(count);
  const crossings = crossingsIn(drawings);
  expect(crossings.reduce((sum, [, leaders]) => sum + leaders, 0), `${claim.slug}: leader lines`).toBe(count === 0 ? 0 : 2 * count);
  for (const [name, , pairs] of crossings) expect(pairs, `${claim.slug}, ${name}: crossing leaders`).toEqual([]);
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    expect(await clippedLabels(page), `/claims/${claim.slug}/ at ${width} px`).toEqual([]);
  }
}
