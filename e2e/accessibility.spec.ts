import { test, expect } from './support/fixtures';
import { builtPages } from './support/pages';
import { claims } from './support/content';
import { MODES, axePlan, isLetter, isProof } from './support/axePlan';

const PAGES = builtPages();
/** A claim page for the keyboard walks: the first claim (any claim page has the same stops). */
const A_CLAIM = `/claims/${claims()[0]!.slug}/`;

/*
 * Every page's axe runs are made by the page walk (everyPage.spec.ts), on the page it loads for all
 * its per-page checks; the plan (support/axePlan.ts) says which runs each page gets. Here: that the
 * plan leaves out no page and no mode, and the keyboard.
 */
const PLAN = axePlan(PAGES);

test('every page and every mode is checked by axe, each proof edition in full', () => {
  const runs = [...PLAN].flatMap(([path, runs]) => runs.map((run) => ({ path, ...run })));
  expect(new Set(PLAN.keys()), 'pages checked').toEqual(new Set(PAGES));
  for (const mode of MODES) expect(runs.some((run) => run.mode === mode), `${mode.width}px ${mode.colorScheme}`).toBe(true);
  const proofs = PAGES.filter((path) => isProof(path) && !isLetter(path));
  expect(proofs.length, 'an A4 proof per edition').toBeGreaterThan(0);
  for (const path of proofs) expect(runs.some((run) => run.path === path && !run.parts), `${path} checked in full`).toBe(true);
});

test('each US Letter proof is its A4 proof but for the header and the cover (so axe checks only those on it)', async ({ request }) => {
  // The markup after the cover, as served: the claim articles, sources and sign-off lines.
  const afterCover = (html: string) => html.slice(html.indexOf('</section>', html.indexOf('<section class="cover"')));
  const letters = PAGES.filter(isLetter);
  expect(letters.length, 'a US Letter proof per edition').toBeGreaterThan(0);
  for (const letter of letters) {
    const a4 = letter.replace(/letter\/$/, '');
    const letterHtml = await (await request.get(letter)).text();
    const a4Html = await (await request.get(a4)).text();
    expect(letterHtml, `${letter} has a cover`).toContain('<section class="cover"');
    expect(afterCover(letterHtml) === afterCover(a4Html), `${letter}: the markup after the cover is that of ${a4}`).toBe(true);
  }
});

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
