import { test, expect } from './support/fixtures';
import { builtPages } from './support/pages';
import { claims, ratings } from './support/content';

const PAGES = builtPages();

for (const path of PAGES) {
  test(`${path} has one h1, a main landmark, ordered headings and no horizontal scroll at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i += 1) expect(levels[i]! - levels[i - 1]!, `heading levels ${levels.join(',')}`).toBeLessThanOrEqual(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
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
