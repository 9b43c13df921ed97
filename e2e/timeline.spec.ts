import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { claims, events, laneOf, story } from './support/content';
import { builtPages } from './support/pages';
import { crossingPairs, parseLeaderPath } from '../src/lib/timeline/crossings';
import { PRINT_PAGE_UNITS } from '../src/lib/timeline/charts';

const EVENTS = events();
const CLAIMS = claims();
const STORY = story();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  // Its title and takeaway come from the story (story.yaml), not from the code.
  const figure = page.getByRole('figure', { name: STORY.timeline.title });
  await expect(figure).toBeVisible();
  await expect(figure).toHaveAccessibleDescription(new RegExp(escapeRegExp(STORY.timeline.takeaway)));
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
  // One drawing when it fits a printed page, otherwise one per axis segment.
  const count = await slices.count();
  if (count === 1) expect(Number((await slices.first().getAttribute('viewBox'))!.split(' ')[3]), 'a single drawing fits a page').toBeLessThanOrEqual(PRINT_PAGE_UNITS);
  else expect(count).toBe(await page.locator('svg.tl-narrow .tl-segment-label').count());
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
  await expect(filters.getByRole('checkbox')).toHaveCount(STORY.lanes.length);
  // Two lanes that hold events: the first is switched off, the second must stay as it was.
  const [off, on] = STORY.lanes.filter((lane) => EVENTS.some((event) => laneOf(event) === lane.id));
  expect(on, 'two lanes with events to compare').toBeDefined();
  await filters.getByRole('checkbox', { name: off!.label, exact: true }).uncheck();
  const fadedMarks = page.locator(`svg.tl-wide a.tl-link[data-lane="${off!.id}"]`);
  expect(await fadedMarks.count()).toBeGreaterThan(0);
  for (const mark of await fadedMarks.all()) await expect(mark).toHaveClass(/is-faded/);
  await expect(page.locator(`svg.tl-wide a.tl-link[data-lane="${on!.id}"]`).first()).not.toHaveClass(/is-faded/);
  // A faded mark's leader fades with it, and only those: the leaders in mark order, as the drawing writes them.
  const fadedLeaders = await page.locator('svg.tl-wide').evaluateAll((svgs, offLane) => svgs.flatMap((svg) => {
    const leaders = [...svg.querySelectorAll<SVGPathElement>('.tl-leader')];
    return [...svg.querySelectorAll<SVGAElement>('a.tl-link')].map((link, index) => {
      // The nth leader ends at the nth link's label (its last point, beside the label's first line).
      const end = leaders[index]!.getPointAtLength(leaders[index]!.getTotalLength());
      const box = link.querySelector<SVGTextElement>('.tl-label')!.getBBox();
      const endsAtLabel = end.x <= box.x && end.x >= box.x - 8 && end.y >= box.y - 4 && end.y <= box.y + box.height + 4;
      return { event: link.dataset.event, inOffLane: link.dataset.lane === offLane, faded: leaders[index]!.classList.contains('is-faded'), endsAtLabel };
    });
  }), off!.id);
  expect(fadedLeaders.length).toBeGreaterThan(0);
  for (const leader of fadedLeaders) expect(leader, leader.event).toMatchObject({ faded: leader.inOffLane, endsAtLabel: true });
  await filters.getByRole('checkbox', { name: off!.label, exact: true }).check();
  await expect(fadedMarks.first()).not.toHaveClass(/is-faded/);
  // The first day-dated event: a mark of its own, whichever story this is.
  const first = EVENTS.find((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.date) && !event.until)!;
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

/** Crossing pairs of leader lines in each drawing on the page, read from the rendered SVG: `[drawing, pairs]`. */
async function leaderCrossings(page: Page, scope: string): Promise<Array<[string, number, string[]]>> {
  const drawings = await page.locator(`${scope} svg.tl-svg`).evaluateAll((svgs) =>
    svgs.map((svg) => ({
      name: `${svg.getAttribute('class')} ${svg.querySelector('title')?.textContent ?? ''}`,
      leaders: [...svg.querySelectorAll('path.tl-leader')].map((path) => path.getAttribute('d') ?? ''),
    })),
  );
  return drawings.map(({ name, leaders }) => {
    const pairs = crossingPairs(leaders.map(parseLeaderPath));
    return [name, leaders.length, pairs.map(([i, j]) => `${leaders[i]} × ${leaders[j]}`)];
  });
}

test('no two leader lines cross on /timeline/, in the wide panels or the narrow drawing', async ({ page }) => {
  await page.goto('/timeline/');
  const drawings = await leaderCrossings(page, '.timeline-figure');
  expect(drawings.filter(([name]) => name.includes('tl-narrow'))).toHaveLength(1);
  expect(drawings.filter(([name]) => name.includes('tl-wide')).length).toBeGreaterThan(0);
  // One leader per event in each of the two drawings (the wide one in panels).
  expect(drawings.reduce((sum, [, leaders]) => sum + leaders, 0)).toBe(2 * EVENTS.length);
  for (const [name, , crossings] of drawings) expect(crossings, `${name}: crossing leaders`).toEqual([]);
});

test('no two leader lines cross on any claim page\'s small timeline', async ({ page }) => {
  for (const claim of CLAIMS) {
    await page.goto(`/claims/${claim.slug}/`);
    const drawings = await leaderCrossings(page, '.claim-events');
    const count = (claim.events ?? []).length;
    expect(drawings.reduce((sum, [, leaders]) => sum + leaders, 0), claim.slug).toBe(count === 0 ? 0 : 2 * count);
    for (const [name, , crossings] of drawings) expect(crossings, `${claim.slug}, ${name}: crossing leaders`).toEqual([]);
  }
});

test('precision shows as lightness: a dot for a day is solid, a bar for a month paler, for a year paler still', async ({ page }) => {
  await page.goto('/timeline/');
  const opacity = async (id: string) =>
    Number(await page.locator(`svg.tl-wide a[data-event="${id}"] .tl-mark`).evaluate((el) => getComputedStyle(el).fillOpacity));
  const byPrecision: Record<string, number[]> = { day: [], month: [], year: [] };
  for (const event of EVENTS.filter((e) => !e.until && e.kind !== 'period')) {
    const precision = event.date.length === 10 ? 'day' : event.date.length === 7 ? 'month' : 'year';
    byPrecision[precision]!.push(await opacity(event.id));
  }
  for (const [precision, values] of Object.entries(byPrecision)) expect(values.length, `no ${precision}-precision event to check`).toBeGreaterThan(0);
  expect(Math.min(...byPrecision.day!)).toBe(1);
  expect(Math.max(...byPrecision.month!)).toBeLessThan(Math.min(...byPrecision.day!));
  expect(Math.max(...byPrecision.year!)).toBeLessThan(Math.min(...byPrecision.month!));
});

test('the article under review is a bar over the whole stretch its date allows, not a point', async ({ page }) => {
  await page.goto('/timeline/');
  const articles = EVENTS.filter((e) => e.isArticleUnderReview);
  expect(articles.length, 'the content marks the article under review').toBeGreaterThan(0);
  for (const event of articles) {
    const mark = page.locator(`svg.tl-wide a[data-event="${event.id}"] .tl-mark`);
    await expect(mark).toHaveJSProperty('tagName', 'rect');
    // Its length in days, read against two axis ticks of its own segment ("7 Mar", "May 2025", "2022").
    const { height, ticks } = await mark.evaluate((el) => {
      const svg = el.closest('svg')!;
      const top = Number(el.getAttribute('y'));
      // The segment holding the mark starts at the last segment label above it and ends at the next one.
      const cuts = [...svg.querySelectorAll('.tl-segment-label')].map((label) => Number(label.getAttribute('y')));
      const from = Math.max(-Infinity, ...cuts.filter((y) => y <= top));
      const to = Math.min(Infinity, ...cuts.filter((y) => y > top));
      const ticks = [...svg.querySelectorAll('.tl-tick-label')]
        .map((t) => ({ y: Number(t.getAttribute('y')), label: t.textContent ?? '' }))
        .filter((t) => t.y >= from && t.y < to);
      return { height: Number(el.getAttribute('height')), ticks };
    });
    const [year] = event.date.split('-').map(Number);
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const dayOf = (label: string) => {
      const [a, b] = label.split(' ');
      if (!b) return Date.UTC(Number(a), 0, 1); // "2022"
      if (/^\d+$/.test(a!)) return Date.UTC(year!, MONTHS.indexOf(b), Number(a)); // "7 Mar"
      return Date.UTC(Number(b), MONTHS.indexOf(a!), 1); // "May 2025"
    };
    expect(ticks.length, `${event.id}: two ticks in its segment`).toBeGreaterThanOrEqual(2);
    const [a, b] = ticks;
    const perDay = (b!.y - a!.y) / ((dayOf(b!.label) - dayOf(a!.label)) / 86_400_000);
    const [, month] = event.date.split('-').map(Number);
    const days = event.date.length === 7 ? new Date(Date.UTC(year!, month!, 0)).getUTCDate() : 1;
    expect(Math.abs(height / perDay - days), `${event.id} covers ${(height / perDay).toFixed(1)} days`).toBeLessThan(1.5);
  }
});

test('lanes are told apart by colour, not only by position: no two lanes share a mark colour', async ({ page }) => {
  await page.goto('/timeline/');
  const colours = await page.locator('svg.tl-wide').first().locator('.tl-lane-label').evaluateAll((labels) => labels.map((label) => getComputedStyle(label).fill));
  expect(colours.length).toBe(STORY.lanes.length);
  expect(new Set(colours).size).toBe(colours.length);
  for (const lane of STORY.lanes) {
    const marks = await page.locator(`svg.tl-wide a[data-lane="${lane.id}"] circle.tl-mark`).evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).fill))]);
    expect(marks.length, `${lane.id}: dots of one colour`).toBeLessThanOrEqual(1);
  }
});

test('every event is drawn in the lane of its first party, as the story maps parties to lanes', async ({ page }) => {
  await page.goto('/timeline/');
  for (const event of EVENTS) {
    await expect(page.locator(`svg.tl-wide a[data-event="${event.id}"]`), event.id).toHaveAttribute('data-lane', laneOf(event));
  }
});

for (const width of [320, 390, 1280]) {
  test(`at ${width} px no label is clipped at the edge of its drawing`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // Every edition's timeline: the lane headers and labels wrap differently in each language.
    const timelines = builtPages().filter((path) => /^(\/[a-z]{2})?\/timeline\/$/.test(path));
    for (const path of [...timelines, ...CLAIMS.filter((c) => (c.events ?? []).length > 0).slice(0, width === 320 ? undefined : 3).map((c) => `/claims/${c.slug}/`)]) {
      await page.goto(path);
      const outside = await page.locator('svg.tl-svg:visible').evaluateAll((svgs) =>
        svgs.flatMap((svg) => {
          const frame = svg.getBoundingClientRect();
          return [...svg.querySelectorAll<SVGTextElement>('text')].flatMap((text) => {
            const box = text.getBoundingClientRect();
            const inside = box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5 && box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
            return inside ? [] : [`${text.textContent} (${Math.round(box.left - frame.left)}–${Math.round(box.right - frame.left)} of ${Math.round(frame.width)})`];
          });
        }),
      );
      expect(outside, path).toEqual([]);
    }
  });
}
