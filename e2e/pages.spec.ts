import { test, expect, cspViolations } from './support/fixtures';
import { EDITIONS, barePath, builtPages, editionOf } from './support/pages';
import { claims, ratings, respondents } from './support/content';
import { englishInterfaceStrings, markedPassagesOfOurs } from './support/englishStrings';
import { PREVIEW_PORT } from '../playwright.config';

const PAGES = builtPages();
const ORIGIN = `http://localhost:${PREVIEW_PORT}`;

/*
 * One navigation per page for everything that is checked on every page, each part a step of its own
 * (the report names the step and the page): its structure at 320 px, that it loads under a strict CSP
 * with no violation and only its own origin (the publishing checks), what its head carries for search
 * engines and social cards, and on a Dutch page that no English interface string shows (issue 13).
 * Visiting each page once instead of three times is most of what these checks cost.
 */
for (const path of PAGES) {
  const bare = barePath(path);
  const is404 = bare.startsWith('/404');
  const locale = editionOf(path);
  const parts = [
    'one h1, a main landmark, ordered headings and no horizontal scroll at 320 px',
    'a strict CSP with no violation and only its own origin',
    ...(is404 ? [] : ['its title, description, canonical URL, social tags, language, favicon, feed link and its other editions']),
    ...(locale === 'nl' ? ['no English interface string outside passages marked as another language'] : []),
  ];
  test(`${path}: ${parts.join('; ')}`, async ({ page }) => {
    const requests: string[] = [];
    const onRequest = (request: { url(): string }) => requests.push(request.url());
    // Taken off the shared page at the last step (a failed test ends its worker, listener and all).
    page.on('request', onRequest);
    // Loaded at the default desktop width, then narrowed to 320 px: requests and CSP violations are
    // collected at both widths (a picture may fetch another source when the page narrows).
    await page.goto(path, { waitUntil: 'load' });

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
  });
}

test('the methodology page states every rating with its definition and the publisher', async ({ page }) => {
  await page.goto('/methodology/');
  for (const rating of ratings()) {
    const item = page.locator(`#rating-${rating.id}`);
    await expect(item).toContainText(rating.label);
    await expect(item).toContainText(rating.definition);
  }
  await expect(page.getByRole('heading', { name: 'Corrections policy' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who publishes this' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /@/ }).first()).toHaveAttribute('href', /^mailto:/);
});

test('the sources page lists every source a claim cites, with links back to those claims', async ({ page }) => {
  await page.goto('/sources/');
  for (const claim of claims()) {
    for (const sourceId of claim.sources) {
      const item = page.locator(`#source-${sourceId}`);
      await expect(item, `${sourceId} on the sources page`).toHaveCount(1);
      await expect(item.getByRole('link', { name: `claim ${claim.number}`, exact: true })).toHaveAttribute('href', `/claims/${claim.slug}/`);
    }
  }
});

test.describe('the 404 page', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the list of claims' }).click();
  await expect(page.locator('table.claims-table tbody tr')).toHaveCount(claims().length);
  });
});

test('dark mode changes the colours through prefers-color-scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe('rgb(255, 255, 255)');
  expect(dark).not.toBe(light);
});

test.describe('the home page on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('lists each claim in about 140 px, with its rating, number, claim and every respondent’s stance on one line', async ({ page }) => {
    await page.goto('/');
    const rows = page.locator('table.claims-table tbody tr');
    await expect(rows).toHaveCount(claims().length);
    const heights: number[] = [];
    for (const row of await rows.all()) {
      const box = (await row.boundingBox())!;
      heights.push(box.height);
      const tops = await row.locator('[data-stance]').evaluateAll((stances) => stances.map((stance) => stance.getBoundingClientRect().y));
      expect(tops.length, 'a stance per respondent').toBe(respondents().length);
      expect(Math.max(...tops) - Math.min(...tops), `${await row.getAttribute('data-claim')}: stances on one line`).toBeLessThan(4);
    }
    const median = [...heights].sort((a, b) => a - b)[Math.floor(heights.length / 2)]!;
    expect(median, `median row height in px (rows: ${heights.map(Math.round).join(', ')})`).toBeLessThanOrEqual(150);
  });

  test('"Did not address" is set quieter than an answer', async ({ page }) => {
    await page.goto('/');
    const weights = async (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.map((el) => Number(getComputedStyle(el).fontWeight)));
    const silent = await weights('table.claims-table [data-stance="not-addressed"]');
    const answers = await weights('table.claims-table [data-stance]:not([data-stance="not-addressed"])');
    expect(silent.length && answers.length, 'both kinds of stance are listed').toBeTruthy();
    expect(Math.max(...silent)).toBeLessThan(Math.min(...answers));
  });
});

test('the ratings at a glance follow the scale, least supported first, and count every claim', async ({ page }) => {
  await page.goto('/');
  const scale = [...ratings()].sort((a, b) => a.value - b.value);
  const items = page.locator('[data-rating-count]');
  await expect(items).toHaveCount(scale.length);
  for (const [index, rating] of scale.entries()) {
    const item = items.nth(index);
    await expect(item).toHaveAttribute('data-rating-count', rating.id);
    const expected = claims().filter((claim) => claim.rating === rating.id).length;
    await expect(item.locator('.n')).toHaveText(String(expected));
    await expect(item.getByRole('link', { name: new RegExp(`^${rating.label}`) })).toHaveAttribute('href', `/methodology/#rating-${rating.id}`);
  }
});

test('every claim page marks its step on the five-step meter and never colours a party with a rating colour', async ({ page }) => {
  test.setTimeout(240_000);
  const scale = [...ratings()].sort((a, b) => a.value - b.value);
  for (const claim of claims()) {
    await page.goto(`/claims/${claim.slug}/`);
    const meter = page.getByRole('list', { name: /rating scale/ });
    await expect(meter.getByRole('listitem'), claim.slug).toHaveCount(scale.length);
    const step = scale.findIndex((rating) => rating.id === claim.rating) + 1;
    await expect(meter.locator('[aria-current="step"]'), claim.slug).toHaveCount(1);
    await expect(meter.getByRole('listitem').nth(step - 1), claim.slug).toHaveAttribute('aria-current', 'step');
    // Readable without colour: the text says which step it is.
    await expect(page.getByRole('region', { name: 'Our rating' }), claim.slug).toContainText(`step ${step} of ${scale.length}`);
    const toneColours = new Set(await meter.getByRole('listitem').evaluateAll((els) => els.map((el) => getComputedStyle(el).color)));
    const partyColours = await page.locator('[data-party]').evaluateAll((els) => els.map((el) => getComputedStyle(el).borderInlineStartColor));
    expect(partyColours.length, claim.slug).toBe(2);
    for (const colour of partyColours) expect(toneColours.has(colour), `${claim.slug}: party colour ${colour} is a rating colour`).toBe(false);
  }
});

test('citations read cleanly on every claim page: no stray spaces, no notes on how a title was read, no party named twice', async ({ page }) => {
  test.setTimeout(240_000);
  for (const claim of claims()) {
    await page.goto(`/claims/${claim.slug}/`);
    const text = await page.getByRole('main').innerText();
    // A space before punctuation, except an ellipsis that a quote itself contains (" ...").
    expect(text.match(/.{0,40} (?:[;,:)]|\.(?!\.\.)).{0,10}/g) ?? [], claim.slug).toEqual([]);
    expect(text, claim.slug).not.toMatch(/title not seen|title as read from the address/);
    for (const caption of await page.locator('div.statement .statement-caption .who').allTextContents()) {
      const party = caption.match(/\(([^)]+)\)$/)?.[1];
      if (party) expect(caption.slice(0, -party.length - 2), `${claim.slug}: "${caption}" names the party twice`).not.toContain(party);
    }
  }
});
