import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { claims, sources } from './support/content';
import { DIST, builtPages } from './support/pages';

// Every page a reader might print: all but the embeds (printed by their host) and the 404 page.
const PRINTED = builtPages().filter((path) => !path.startsWith('/embed/') && !path.startsWith('/404'));

for (const path of PRINTED) {
  test(`${path} under print media hides screen controls and shows the addresses of external links`, async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
    await expect(page.locator('.skip-link')).toBeHidden();
    for (const hidden of await page.locator('.screen-only, .embed-this').all()) await expect(hidden).toBeHidden();
    // Black on white whatever the screen theme.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    const external = page.locator('main a[href^="http"]:not(.no-print-url)');
    const afters = await external.evaluateAll((links) => links.map((link) => [link.getAttribute('href'), getComputedStyle(link, '::after').content]));
    for (const [href, content] of afters) expect(content, `URL after ${href}`).toContain(href!);
  });
}

test('under print media a claim’s card, each quote and each table row is kept on one page', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/review/');
  const cards = page.locator('.review-card');
  await expect(cards).toHaveCount(claims().length);
  for (const selector of ['.review-card', 'figure.statement', 'blockquote', '.signoff']) {
    const values = await page.locator(selector).evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
    expect(new Set(values), selector).toEqual(new Set(['avoid']));
  }
  const claimBreaks = await page.locator('.review-claim').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(new Set(claimBreaks)).toEqual(new Set(['page']));
  await page.goto('/timeline/');
  const rows = await page.locator('table.timeline-table tr').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
  expect(new Set(rows)).toEqual(new Set(['avoid']));
});

test('under print media KPN’s and Huawei’s responses are stacked and labelled, and rating definitions print', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ media: 'print' });
  for (const claim of claims()) {
    await page.goto(`/claims/${claim.slug}/`);
    const kpn = await page.getByRole('region', { name: 'KPN’s response' }).boundingBox();
    const huawei = await page.getByRole('region', { name: 'Huawei’s response' }).boundingBox();
    expect(huawei!.y, claim.slug).toBeGreaterThanOrEqual(kpn!.y + kpn!.height);
    await expect(page.locator('details.definition p'), claim.slug).toBeVisible();
  }
});

test('the review proof has a cover with build time, commit and claims per rating, then every claim numbered', async ({ page }) => {
  await page.goto('/review/');
  await expect(page.locator('[data-commit]')).toHaveText(/^[0-9a-f]{40}$|^unknown$/);
  await expect(page.locator('.cover time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  const counts = await page.locator('.per-rating td').allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(claims().length);
  for (const claim of claims()) {
    const article = page.locator(`#claim-${claim.number}`);
    await expect(article.getByRole('heading', { level: 2 })).toHaveText(`${claim.number}. ${claim.claim}`);
    await expect(article.locator('.signoff')).toContainText(`Claim ${claim.number} checked by`);
  }
});

test('npm run review:pdf writes a multi-page PDF with every claim, every source URL and page N of M', async () => {
  test.setTimeout(120_000);
  const out = join(mkdtempSync(join(tmpdir(), 'review-pdf-')), 'review.pdf');
  const log = execFileSync(process.execPath, ['scripts/review-pdf.ts', '--out', out], { encoding: 'utf8', env: { ...process.env, OUT_DIR: DIST } });
  const pages = Number(/\((\d+) pages/.exec(log)?.[1]);
  expect(pages).toBeGreaterThan(1);
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  // Long URLs wrap inside the column: compare with all white space removed.
  const squashed = text.replace(/\s+/g, '');
  const urlOf = new Map(sources().map((source) => [source.id, source.url]));
  for (const claim of claims()) {
    expect(squashed, `claim ${claim.number}`).toContain(claim.claim.replace(/\s+/g, ''));
    for (const id of claim.sources) expect(squashed, `${id} in the PDF`).toContain(urlOf.get(id)!.replace(/\s+/g, ''));
  }
  // Every claim's paragraphs carry the numbers an editor refers to ("see 3.2"), in order.
  for (const claim of claims()) {
    for (const para of [1, 2, 3, 4, 5]) expect(text, `paragraph ${claim.number}.${para}`).toMatch(new RegExp(`^\\s*${claim.number}\\.${para}\\s`, 'm'));
  }
  expect(text).toContain(`page 1 of ${pages}`);
  expect(text).toContain(`page ${pages} of ${pages}`);
});
