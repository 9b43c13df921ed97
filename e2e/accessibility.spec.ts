import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { builtPages } from './support/pages';
import { claims } from './support/content';

const PAGES = builtPages();
/** A claim page for the keyboard walks: the first claim (any claim page has the same stops). */
const A_CLAIM = `/claims/${claims()[0]!.slug}/`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/*
 * Rules switched off, each for a reason:
 * (none) — every rule of the tags above runs, and target-size is switched on explicitly.
 */
const DISABLED_RULES: string[] = [];

/**
 * The pages built from one template: a claim page and its embed card differ only in content, and the
 * US Letter proof is the A4 proof with another print page size (nothing a screen shows, and the
 * heaviest page of the site, so it is checked once, not four times).
 */
const templateOf = (path: string) => path.replace(/^\/(embed\/)?claims\/[^/]+\//, '/$1claims/*/').replace(/^\/review\/letter\/$/, '/review/');
const MODES = [320, 1280].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));

/*
 * Axe where it finds different things: the first page of each template in all four modes (width and
 * colour scheme change reflow, target sizes and contrast), every other page of the template once, in
 * a mode that rotates, so each page and each mode is still checked and the near-identical claim pages
 * are not checked four times over.
 */
const seen = new Map<string, number>();
for (const path of PAGES) {
  const template = templateOf(path);
  const index = seen.get(template) ?? 0;
  seen.set(template, index + 1);
  const modes = index === 0 ? MODES : [MODES[index % MODES.length]!];
  // One test per page and mode: each has its own time budget, and the modes of one page run side by
  // side on the workers (axe over the print proof, the heaviest page, takes tens of seconds a mode).
  for (const { width, colorScheme } of modes) {
    test(`${path} has no axe violations (${width}px ${colorScheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page })
        .withTags(TAGS)
        .options({ rules: { 'target-size': { enabled: true } } })
        .disableRules(DISABLED_RULES)
        .analyze();
      const summary = results.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
      expect(summary, `${path} at ${width}px, ${colorScheme}`).toEqual([]);
    });
  }
}

test('a skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto(A_CLAIM);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

for (const path of [A_CLAIM, '/', '/timeline/']) {
  test(`${path}: tabbing follows the reading order and every stop shows its focus`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(path);
    const focusable = await page.evaluate(() => {
      const selector = 'a[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])';
      const all = [...document.querySelectorAll<HTMLElement>(selector)];
      for (const element of all) if (element.tabIndex > 0) throw new Error('positive tabindex breaks the reading order');
      return all.length;
    });
    const visited: number[] = [];
    for (let i = 0; i < Math.min(focusable, 150); i += 1) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const selector = 'a[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"])';
        const index = [...document.querySelectorAll(selector)].indexOf(element);
        const style = getComputedStyle(element);
        const hit = element.querySelector('.tl-hit');
        const hitStroke = hit ? parseFloat(getComputedStyle(hit).strokeWidth) : 0;
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || hitStroke >= 2;
        return { index, visible, label: element.outerHTML.slice(0, 80) };
      });
      if (!info || info.index < 0) break; // left the page's own elements (into an iframe, or off the end)
      expect(info.visible, `no visible focus on ${info.label}`).toBe(true);
      visited.push(info.index);
    }
    expect(visited.length).toBeGreaterThan(5);
    for (let i = 1; i < visited.length; i += 1) expect(visited[i], `tab order at stop ${i}`).toBeGreaterThan(visited[i - 1]!);
  });
}
