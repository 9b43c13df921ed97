import { test, expect } from './support/fixtures';
import { HTTP_ONLY_URLS, claims, ratingLabel, sources } from './support/content';

const ALL = claims();
const SOURCE_URLS = new Map(sources().map((source) => [source.id, source.url]));

test('the content holds the 27 claims of the dossier, numbered 1 to 27', () => {
  expect(ALL.map((claim) => claim.number)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
});

for (const claim of ALL) {
  test.describe(`claim ${claim.number}: ${claim.slug}`, () => {
    test('shows the claim, its rating and verdict, and both responses', async ({ page }) => {
      await page.goto(`/claims/${claim.slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.claim);
      await expect(page.locator('h1')).toHaveCount(1);
      const ratingBox = page.getByRole('region', { name: 'Our rating' });
      await expect(ratingBox.locator(`[data-rating="${claim.rating}"]`)).toHaveText(ratingLabel(claim.rating));
      await expect(ratingBox).toContainText(claim.verdict);

      for (const [party, name] of [['kpn', 'KPN'], ['huawei', 'Huawei']] as const) {
        const region = page.getByRole('region', { name: `${name}’s response` });
        await expect(region).toBeVisible();
        const response = claim.responses[party];
        await expect(region.locator('[data-stance]')).toHaveAttribute('data-stance', response.stance);
        if (response.stance === 'not-addressed') {
          await expect(region).toContainText(`${name} did not address this claim.`);
          await expect(region.locator('figure.statement')).toHaveCount(response.nearest?.length ?? 0);
        } else {
          // A response that addresses the claim quotes (or reports) each statement it rests on.
          await expect(region.locator('figure.statement')).toHaveCount(response.statements!.length);
          await expect(region.locator('blockquote, .paraphrase').first()).toBeVisible();
        }
      }
    });

    test('links every source by its address, absolute and https', async ({ page }) => {
      await page.goto(`/claims/${claim.slug}/`);
      const sourceLinks = page.getByRole('region', { name: 'Sources' }).getByRole('link');
      await expect(sourceLinks).toHaveCount(claim.sources.length);
      const hrefs = await sourceLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs).toEqual(claim.sources.map((id) => SOURCE_URLS.get(id)));
      const external = await page.locator('a[href^="http"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      for (const href of external.filter((url) => !HTTP_ONLY_URLS.has(url))) {
        expect(href, 'external links are absolute https').toMatch(/^https:\/\/[^/]+\.[a-z]{2,}/);
      }
    });
  });
}

test('the overview lists every claim in order, with rating and both stances, and each link works', async ({ page }) => {
  await page.goto('/');
  const rows = page.locator('table.claims-table tbody tr');
  await expect(rows).toHaveCount(ALL.length);
  for (const [index, claim] of ALL.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole('link', { name: claim.claim })).toHaveAttribute('href', `/claims/${claim.slug}/`);
    await expect(row.locator('[data-rating]')).toHaveText(ratingLabel(claim.rating));
    await expect(row.locator('[data-stance]').nth(0)).toHaveAttribute('data-stance', claim.responses.kpn.stance);
    await expect(row.locator('[data-stance]').nth(1)).toHaveAttribute('data-stance', claim.responses.huawei.stance);
  }
  const first = ALL[0]!;
  await rows.first().getByRole('link', { name: first.claim }).click();
  await expect(page).toHaveURL(`/claims/${first.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.claim);
});

test('previous and next links walk through every claim in order', async ({ page }) => {
  await page.goto(`/claims/${ALL[0]!.slug}/`);
  for (const claim of ALL.slice(1)) {
    await page.getByRole('link', { name: /Next claim/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(claim.claim);
  }
  await expect(page.getByRole('link', { name: /Next claim/ })).toHaveCount(0);
});

for (const claim of ALL) {
  test(`claim ${claim.number}: the rating's definition is one step away`, async ({ page }) => {
    await page.goto(`/claims/${claim.slug}/`);
    await page.getByText(`What “${ratingLabel(claim.rating)}” means`).click();
    await page.getByRole('link', { name: 'The full rating scale' }).click();
    await expect(page).toHaveURL(new RegExp(`/methodology/#rating-${claim.rating}$`));
    await expect(page.locator(`#rating-${claim.rating}`)).toContainText(ratingLabel(claim.rating));
  });
}
