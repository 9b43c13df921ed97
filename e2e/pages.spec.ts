import { test, expect } from './support/fixtures';
import { claims, ratings, respondents } from './support/content';

// Every page's own checks (structure, CSP, head, Dutch strings) are steps of the page walk: everyPage.spec.ts.

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

// Every claim page's rating meter and citations are steps of its visit in claims.spec.ts.
