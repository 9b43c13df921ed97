import { test, expect } from './support/fixtures';
import { barePath, builtPages, editionOf } from './support/pages';
import { claims } from './support/content';
import { axeViolations } from './support/axe';

const PAGES = builtPages();
/** A claim page for the keyboard walks: the first claim (any claim page has the same stops). */
const A_CLAIM = `/claims/${claims()[0]!.slug}/`;

/**
 * The pages built from one template: a claim page and its embed card differ only in content, a Dutch
 * page is built from the template of its English page (/nl/x from /x), the two 404 pages are one
 * template, and the US Letter proof is the A4 proof with another print page size.
 */
const templateOf = (path: string) =>
  barePath(path)
    .replace(/^\/(embed\/)?claims\/[^/]+\//, '/$1claims/*/')
    .replace(/^\/review\/letter\/$/, '/review/')
    .replace(/^\/404(\.html|\/)$/, '/404/');
const MODES = [320, 1280].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));
type Mode = (typeof MODES)[number];

/*
 * The print proof (/review/: every claim in one HTML page, 150+ pages on paper) is the heaviest page
 * for axe (20 s and more a run). Its markup does not change with the mode: width and colour scheme
 * change only reflow, target sizes and colours, which are the same for the cover and every claim
 * article (one component, 27 times). So the A4 proof of each edition is checked in full once, and in
 * the English proof's other three modes axe looks at what a mode can change: the site header, the
 * cover and the first claim article. The US Letter proofs are the A4 proofs' markup with another
 * print page size (asserted below, so a change there fails and this choice is made again): they are
 * checked on those same parts, where they differ (the header's links and the cover's edition link).
 */
const PROOF_PARTS = ['header.site-header', 'section.cover', '#claim-1'];
/** The mode of the English proof's full check: at 1280 px the proof has its fewest line boxes, the quickest for axe. */
const FULL_PROOF_MODE = MODES.find((mode) => mode.width === 1280 && mode.colorScheme === 'light')!;
const isLetter = (path: string) => barePath(path) === '/review/letter/';
const isProof = (path: string) => templateOf(path) === '/review/';

/*
 * Axe where it finds different things: the first page of each template in all four modes (width and
 * colour scheme change reflow, target sizes and contrast), every other page of the template once, in
 * a mode that rotates, so each page and each mode is still checked and the near-identical claim pages
 * (in either edition) are not checked four times over. English pages come first, so the four modes
 * fall on the English page of each template and the Dutch pages take their turns. A page checked in
 * four modes is loaded once and switched from mode to mode, as a reader resizes a window or changes
 * the system's theme: loading the proof alone takes seconds.
 */
interface AxeRun {
  mode: Mode;
  parts?: string[];
}
const checks: Array<{ path: string; runs: AxeRun[] }> = [];
const seen = new Map<string, number>();
for (const path of [...PAGES].sort((a, b) => Number(editionOf(a) !== 'en') - Number(editionOf(b) !== 'en') || a.localeCompare(b))) {
  const template = templateOf(path);
  const index = seen.get(template) ?? 0;
  seen.set(template, index + 1);
  const modes = index === 0 ? MODES : [MODES[index % MODES.length]!];
  checks.push({
    path,
    runs: modes.map((mode) => {
      const parts = isLetter(path) || (isProof(path) && index === 0 && mode !== FULL_PROOF_MODE) ? PROOF_PARTS : undefined;
      return { mode, ...(parts ? { parts } : {}) };
    }),
  });
}
const describeRun = ({ mode, parts }: AxeRun) => `${mode.width}px ${mode.colorScheme}${parts ? `, on ${parts.join(', ')}` : ''}`;

// One test per page: each has its own time budget, and the pages run side by side on the workers.
for (const { path, runs } of checks) {
  test(`${path} has no axe violations (${runs.map(describeRun).join('; ')})`, async ({ page }) => {
    // The proof in full is one very long page: its own budget, generous for a machine under load.
    test.setTimeout(isProof(path) && runs.some((run) => !run.parts) ? 300_000 : 120_000);
    for (const [index, run] of runs.entries()) {
      await page.setViewportSize({ width: run.mode.width, height: 900 });
      await page.emulateMedia({ colorScheme: run.mode.colorScheme });
      if (index === 0) await page.goto(path);
      for (const part of run.parts ?? []) await expect(page.locator(part), `${path}: the part ${part} that axe checks`).toHaveCount(1);
      expect(await axeViolations(page, run.parts), `${path} at ${describeRun(run)}`).toEqual([]);
    }
  });
}

test('every page and every mode is checked by axe, each proof edition in full', () => {
  const runs = checks.flatMap(({ path, runs }) => runs.map((run) => ({ path, ...run })));
  expect(new Set(checks.map((check) => check.path)), 'pages checked').toEqual(new Set(PAGES));
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
