/**
 * The page walk: every built page is loaded once, and everything checked on every page is a step of
 * that one visit (the report names the step, the test names the page). A visit costs about a third of
 * a second of a worker's time before anything is checked, and each page was loaded three times, for
 * the page checks, the print check and axe; now it is loaded once (issue 17).
 *
 * For every story (the published one and the example, issue 12): the example label or its absence
 * (support/story.ts) and, on a page a reader might print, the print check (support/printed.ts).
 * For the published story, as before, also: what its head carries for search engines and social cards,
 * on a Dutch page no English interface string (issue 13), its structure at 320 px, that it loads under
 * a strict CSP with no violation and only its own origin, and last its axe runs (support/axePlan.ts),
 * which add axe and a style sheet to the page and so come after every other check.
 */
import { test, expect, cspViolations } from './support/fixtures';
import { EDITIONS, barePath, builtPages, editionOf } from './support/pages';
import { englishInterfaceStrings, markedPassagesOfOurs } from './support/englishStrings';
import { EXAMPLE_LABEL, checkStoryLabel, story } from './support/story';
import { checkPrinted, isPrinted } from './support/printed';
import { axeViolations } from './support/axe';
import { PROOF_TRIM, axePlan, describeRun, isProof } from './support/axePlan';
import { PREVIEW_PORT, STORY_PROJECT } from '../playwright.config';

const PAGES = builtPages();
const ORIGIN = `http://localhost:${PREVIEW_PORT}`;
const EXAMPLE = story().example;
/** The published story gets every check; a story run only as a kit (the example) gets the checks every story gets. */
const PUBLISHED = STORY_PROJECT === 'chromium';
const AXE_PLAN = PUBLISHED ? axePlan(PAGES) : new Map<string, never[]>();

for (const path of PAGES) {
  const bare = barePath(path);
  const is404 = bare.startsWith('/404');
  const locale = editionOf(path);
  const printed = isPrinted(path);
  const axeRuns = AXE_PLAN.get(path) ?? [];
  const parts = [
    EXAMPLE ? 'says it is a fictional example and asks not to be indexed' : 'no example label',
    ...(PUBLISHED && !is404 ? ['its title, description, canonical URL, social tags, language, favicon, feed link and its other editions'] : []),
    ...(PUBLISHED && locale === 'nl' ? ['no English interface string outside passages marked as another language'] : []),
    ...(PUBLISHED ? ['one h1, a main landmark, ordered headings and no horizontal scroll at 320 px', 'a strict CSP with no violation and only its own origin'] : []),
    ...(printed ? [`in print hides screen controls and shows the addresses of external links${EXAMPLE ? ' and the example label' : ''}`] : []),
    ...(axeRuns.length > 0 ? [`no axe violations (${axeRuns.map(describeRun).join('; ')})`] : []),
  ];
  test(`${path}: ${parts.join('; ')}`, async ({ page, viewport }) => {
    // A proof in full is one very long page: its own budget, generous for a machine under load.
    test.setTimeout(isProof(path) && axeRuns.some((run) => !run.parts) ? 300_000 : 120_000);
    const requests: string[] = [];
    const onRequest = (request: { url(): string }) => requests.push(request.url());
    // Taken off the shared page at the CSP step (a failed test ends its worker, listener and all).
    if (PUBLISHED) page.on('request', onRequest);
    // Loaded at the default desktop width, then narrowed to 320 px: requests and CSP violations are
    // collected at both widths (a picture may fetch another source when the page narrows).
    await page.goto(path, { waitUntil: 'load' });

    await test.step(EXAMPLE ? 'the example label, and noindex' : 'no example label, and open to search engines', async () => {
      await checkStoryLabel(page, path, EXAMPLE);
    });

    if (PUBLISHED) {
      if (!is404) {
        await test.step('head: title, description, canonical, social tags, language, favicon, feed, editions', async () => {
          // Everything the head carries, read in one call; then each fact is its own assertion.
          const head = await page.evaluate(() => {
            const attribute = (selector: string, name: string) => document.head.querySelector(selector)?.getAttribute(name) ?? null;
            const alternates = Object.fromEntries(
              [...document.head.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang')!, link.getAttribute('href')]),
            );
            return {
              title: document.title,
              description: attribute('meta[name="description"]', 'content'),
              canonical: attribute('link[rel="canonical"]', 'href'),
              ogTitle: attribute('meta[property="og:title"]', 'content'),
              ogImage: attribute('meta[property="og:image"]', 'content'),
              twitterCard: attribute('meta[name="twitter:card"]', 'content'),
              lang: document.documentElement.getAttribute('lang'),
              favicon: attribute('link[rel="icon"]', 'href'),
              feed: attribute('link[rel="alternate"][type="application/atom+xml"]', 'href'),
              alternates,
            };
          });
          expect(head.title.length, `${path}: title`).toBeGreaterThan(5);
          expect(head.description?.length, `${path}: description`).toBeGreaterThan(20);
          const prefix = EDITIONS.find((e) => e.locale === locale)!.prefix;
          const bareCanonical = bare.startsWith('/embed/claims/') ? bare.replace('/embed/', '/') : bare === '/embed/timeline/' ? '/timeline/' : bare;
          expect(head.canonical, `${path}: canonical URL`).toBe(`${ORIGIN}${prefix}${bareCanonical}`);
          expect(head.ogTitle, `${path}: og:title`).toBeTruthy();
          expect(head.ogImage, `${path}: og:image`).toMatch(/^http.*\.png$/);
          expect(head.twitterCard, `${path}: twitter:card`).toBe('summary_large_image');
          expect(head.lang, `${path}: language`).toBe(locale);
          expect(head.favicon, `${path}: favicon`).toBe('/favicon.svg');
          expect(head.feed, `${path}: feed link`).toBe(`${prefix}/feed.xml`);
          // hreflang both ways: every edition of the page (an embed: of its full page), English as x-default, each one built.
          for (const edition of EDITIONS) {
            expect(head.alternates[edition.locale], `${path}: hreflang ${edition.locale}`).toBe(`${ORIGIN}${edition.prefix}${bareCanonical}`);
            expect(PAGES, `the ${edition.locale} edition of ${path}`).toContain(`${edition.prefix}${bareCanonical}`);
          }
          expect(head.alternates['x-default'], `${path}: hreflang x-default`).toBe(`${ORIGIN}${bareCanonical}`);
        });
      }

      if (locale === 'nl') {
        await test.step('no English interface string outside passages marked as another language', async () => {
          expect(await englishInterfaceStrings(page), `English interface strings on ${path}`).toEqual([]);
        });
        await test.step('passages marked as another language are the sources’ own words, never ours', async () => {
          expect(await markedPassagesOfOurs(page), `passages of ours marked as another language on ${path}`).toEqual([]);
        });
      }

      await test.step('one h1, a main landmark, ordered headings and no horizontal scroll at 320 px', async () => {
        await page.setViewportSize({ width: 320, height: 800 });
        const structure = await page.evaluate(() => ({
          h1: document.querySelectorAll('h1').length,
          // The main landmark: <main> or role=main, as a screen reader finds it.
          main: document.querySelectorAll('main, [role="main"]').length,
          lang: document.documentElement.getAttribute('lang'),
          levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        expect(structure.h1, `${path}: one h1`).toBe(1);
        expect(structure.main, `${path}: one main landmark`).toBe(1);
        expect(structure.lang, `${path}: language`).toBe(locale);
        const { levels } = structure;
        for (let i = 1; i < levels.length; i += 1) expect(levels[i]! - levels[i - 1]!, `${path}: heading levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
        expect(structure.overflow, `${path}: horizontal overflow in px at 320 px`).toBeLessThanOrEqual(0);
      });

      await test.step('a strict CSP with no violation and only its own origin', async () => {
        const csp = await page.evaluate(() => document.head.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? null);
        expect(csp, `${path}: CSP`).toContain("default-src 'self'");
        expect(csp, `${path}: CSP`).toMatch(/script-src [^;]*'self'/);
        expect(csp, `${path}: CSP`).not.toContain('unsafe-inline');
        expect(csp, `${path}: CSP`).not.toContain('unsafe-eval');
        expect(await cspViolations(page), `${path}: CSP violations`).toEqual([]);
        page.off('request', onRequest);
        const foreign = requests.filter((url) => !url.startsWith(ORIGIN) && !url.startsWith('data:'));
        expect(foreign, `${path}: requests to other origins`).toEqual([]);
      });
    }

    if (printed) {
      await test.step('in print: screen controls hidden, black on white, addresses of external links shown', async () => {
        // At the project's size, as a reader prints from a desktop window.
        if (viewport) await page.setViewportSize(viewport);
        await checkPrinted(page, path);
        // An example says so on paper too (checkPrinted leaves print media on).
        if (EXAMPLE) expect(await page.locator(EXAMPLE_LABEL).isVisible(), `${path}: the example label in print`).toBe(true);
      });
    }

    // The runs on the whole page first: a run on parts may take out what its parts do not depend on.
    for (const run of [...axeRuns.filter((run) => !run.parts), ...axeRuns.filter((run) => run.parts)]) {
      await test.step(`axe at ${describeRun(run)}`, async () => {
        await page.setViewportSize({ width: run.mode.width, height: 900 });
        await page.emulateMedia({ media: 'screen', colorScheme: run.mode.colorScheme });
        if (run.parts && isProof(path)) await page.evaluate((trim) => document.querySelectorAll(trim).forEach((element) => element.remove()), PROOF_TRIM);
        for (const part of run.parts ?? []) await expect(page.locator(part), `${path}: the part ${part} that axe checks`).toHaveCount(1);
        expect(await axeViolations(page, run.parts), `${path} at ${describeRun(run)}`).toEqual([]);
      });
    }
  });
}
