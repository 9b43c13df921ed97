import { test, expect } from './support/fixtures';
import { claims, events } from './support/content';

const EVENTS = events();
const CLAIMS = claims();

test('the timeline draws one mark per event of the content, in the wide drawing (by segment) and the narrow one', async ({ page }) => {
  await page.goto('/timeline/');
  for (const variant of ['wide', 'narrow']) {
    await expect(page.locator(`svg.tl-${variant} a.tl-link`)).toHaveCount(EVENTS.length);
  }
  const drawn = await page.locator('svg.tl-wide a.tl-link').evaluateAll((links) => links.map((link) => link.getAttribute('data-event')));
  expect(new Set(drawn)).toEqual(new Set(EVENTS.map((event) => event.id)));
});

test('the figure has a name, a description and a data table with a row per event', async ({ page }) => {
  await page.goto('/timeline/');
  const figure = page.getByRole('figure', { name: /KPN–Huawei affair/ });
  await expect(figure).toBeVisible();
  await expect(figure).toHaveAccessibleDescription(/ten events followed in four days/);
  await expect(page.locator('table.timeline-table tbody tr')).toHaveCount(EVENTS.length);
});

test('every mark links to a claim it bears on, or to its row in the table', async ({ page }) => {
  await page.goto('/timeline/');
  const related = new Map<string, string[]>();
  for (const claim of CLAIMS) for (const id of claim.events ?? []) related.set(id, [...(related.get(id) ?? []), claim.slug]);
  for (const event of EVENTS) {
    const href = await page.locator(`svg.tl-wide a[data-event="${event.id}"]`).getAttribute('href');
    const slugs = related.get(event.id);
    if (slugs) expect(slugs.map((slug) => `/claims/${slug}/`)).toContain(href);
    else {
      expect(href).toBe(`#event-${event.id}`);
      await expect(page.locator(`#event-${event.id}`)).toHaveCount(1);
    }
  }
});

test('year- and month-precision events are drawn as spans, day-precision events as points', async ({ page }) => {
  await page.goto('/timeline/');
  for (const event of EVENTS) {
    const link = page.locator(`svg.tl-wide a[data-event="${event.id}"]`);
    const isDay = /^\d{4}-\d{2}-\d{2}$/.test(event.date) && !event.until;
    // A dated point is a dot; a year, a month or an open range is a bar over all of it.
    await expect(link.locator(isDay ? 'circle.tl-mark' : 'rect.tl-mark'), event.id).toHaveCount(1);
    await expect(link.locator(isDay ? 'rect.tl-mark' : 'circle.tl-mark'), event.id).toHaveCount(0);
    if (event.isArticleUnderReview) await expect(link.locator('path.tl-diamond'), event.id).toHaveCount(1);
  }
});

test('without JavaScript the chart and the table are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/');
  await expect(page.locator('svg.tl-wide a.tl-link')).toHaveCount(EVENTS.length);
  await expect(page.locator('table.timeline-table tbody tr')).toHaveCount(EVENTS.length);
  await context.close();
});

test('keyboard focus reaches the marks, shows it, and Enter follows the link', async ({ page }) => {
  await page.goto('/timeline/');
  const first = page.locator('svg.tl-wide a.tl-link').first();
  const href = await first.getAttribute('href');
  await first.focus();
  await expect(first).toBeFocused();
  const stroke = await first.locator('.tl-hit').evaluate((el) => getComputedStyle(el).strokeWidth);
  expect(parseFloat(stroke)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
});

test('at 320 px the narrow drawing shows and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/timeline/');
  await expect(page.locator('svg.tl-narrow')).toBeVisible();
  for (const wide of await page.locator('svg.tl-wide').all()) await expect(wide).toBeHidden();
  const box = await page.locator('svg.tl-narrow').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(320);
});

test('under print media the chart prints segment by segment, every event once, then the table', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/timeline/');
  const slices = page.locator('svg.tl-wide');
  expect(await slices.count()).toBeGreaterThan(1);
  for (const slice of await slices.all()) {
    await expect(slice).toBeVisible();
    expect(await slice.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  }
  await expect(page.locator('svg.tl-narrow')).toBeHidden();
  const printed = await page.locator('svg.tl-wide a.tl-link').evaluateAll((links) => links.map((link) => link.getAttribute('data-event')));
  expect(printed.sort()).toEqual(EVENTS.map((event) => event.id).sort());
  await expect(page.locator('table.timeline-table')).toBeVisible();
  const chartBottom = await page.locator('svg.tl-wide').last().evaluate((el) => el.getBoundingClientRect().bottom);
  const tableTop = await page.locator('table.timeline-table').evaluate((el) => el.getBoundingClientRect().top);
  expect(tableTop).toBeGreaterThan(chartBottom);
});

test('the CSV and JSON downloads hold every event with the dates of the content', async ({ request }) => {
  const json = (await (await request.get('/timeline.json')).json()) as { events: Array<{ id: string; date: string; until: string | null }> };
  expect(json.events.map((event) => [event.id, event.date, event.until]).sort()).toEqual(
    EVENTS.map((event) => [event.id, event.date, event.until ?? null]).sort(),
  );
  const csv = await (await request.get('/timeline.csv')).text();
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe('id,date,datePrecision,until,untilPrecision,kind,title,lane,parties,confidence,sources,claims');
  expect(lines).toHaveLength(EVENTS.length + 1);
  for (const event of EVENTS) expect(lines.some((line) => line.startsWith(`${event.id},${event.date},`))).toBe(true);
});

test('each claim page with related events draws them with the same component', async ({ page }) => {
  for (const claim of CLAIMS.filter((c) => (c.events ?? []).length > 0)) {
    await page.goto(`/claims/${claim.slug}/`);
    await expect(page.locator('.claim-events svg.tl-wide a.tl-link'), claim.slug).toHaveCount(claim.events!.length);
  }
});

test('with JavaScript, actor filters fade the other lanes and a details line follows focus', async ({ page }) => {
  await page.goto('/timeline/');
  const filters = page.getByRole('group', { name: 'Show the events of' });
  await expect(filters.getByRole('checkbox')).toHaveCount(5);
  await filters.getByRole('checkbox', { name: 'Huawei' }).uncheck();
  const huaweiMarks = page.locator('svg.tl-wide a.tl-link[data-lane="huawei"]');
  expect(await huaweiMarks.count()).toBeGreaterThan(0);
  for (const mark of await huaweiMarks.all()) await expect(mark).toHaveClass(/is-faded/);
  await expect(page.locator('svg.tl-wide a.tl-link[data-lane="kpn"]').first()).not.toHaveClass(/is-faded/);
  await filters.getByRole('checkbox', { name: 'Huawei' }).check();
  await expect(huaweiMarks.first()).not.toHaveClass(/is-faded/);
  const first = EVENTS.find((event) => event.id === 'vk-capgemini-story')!;
  await page.mouse.move(0, 0); // keep the pointer off the chart, so hover does not compete with focus
  await page.locator(`svg.tl-wide a[data-event="${first.id}"]`).focus();
  await expect(page.locator('.tl-details')).toContainText(first.title);
});

test('without JavaScript there are no dead controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/');
  await expect(page.locator('.tl-filters')).toHaveCount(0);
  await context.close();
});
