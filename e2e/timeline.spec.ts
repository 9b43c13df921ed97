import { test, expect } from './support/fixtures';
import { claims, events, laneOf, story } from './support/content';
import { builtPages } from './support/pages';
import { LABEL_WIDTHS, clippedLabels, leaderCrossings } from './support/timelineDrawing';
import { PRINT_PAGE_UNITS } from '../src/lib/timeline/charts';

const EVENTS = events();
const CLAIMS = claims();
const STORY = story();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the wide drawing shows of each event, read in one visit to the DOM. */
interface DrawnEvent {
  /** How many links the wide drawing has for the event (one expected). */
  links: number;
  href: string | null;
  lane: string | null;
  circles: number;
  rects: number;
  /** Each .tl-mark of its link: tag and fill opacity. */
  marks: Array<{ tag: string; fillOpacity: string }>;
  /** How many elements carry the event's row anchor (#event-<id>). */
  anchors: number;
}

// One visit to /timeline/ for what were nine tests reading the same drawing: each a named step, each
// reading what it needs in one evaluate (a locator call per event cost a round trip each).
test('/timeline/: one mark per event in both drawings; the figure named and described with a row per event; every mark links; spans and points; no crossing leaders; precision as lightness; the article under review as a bar; lanes by colour; every event in its first party’s lane; at 320 px the narrow drawing', async ({ page }) => {
  await page.goto('/timeline/');
  const drawn = await page.evaluate((ids) => {
    const links = [...document.querySelectorAll<SVGAElement>('svg.tl-wide a[data-event]')];
    const byEvent = Object.fromEntries(
      ids.map((id): [string, DrawnEvent] => {
        const own = links.filter((link) => link.getAttribute('data-event') === id);
        const link = own[0];
        return [id, {
          links: own.length,
          href: link?.getAttribute('href') ?? null,
          lane: link?.getAttribute('data-lane') ?? null,
          circles: own.reduce((n, l) => n + l.querySelectorAll('circle.tl-mark').length, 0),
          rects: own.reduce((n, l) => n + l.querySelectorAll('rect.tl-mark').length, 0),
          marks: link ? [...link.querySelectorAll('.tl-mark')].map((mark) => ({ tag: mark.tagName, fillOpacity: getComputedStyle(mark).fillOpacity })) : [],
          anchors: document.querySelectorAll(`#event-${CSS.escape(id)}`).length,
        }];
      }),
    );
    const firstWide = document.querySelector('svg.tl-wide');
    return {
      wide: [...document.querySelectorAll('svg.tl-wide a.tl-link')].map((link) => link.getAttribute('data-event')),
      narrow: document.querySelectorAll('svg.tl-narrow a.tl-link').length,
      rows: document.querySelectorAll('table.timeline-table tbody tr').length,
      byEvent,
      laneLabelFills: firstWide ? [...firstWide.querySelectorAll('.tl-lane-label')].map((label) => getComputedStyle(label).fill) : [],
      dotFillsByLane: Object.fromEntries(
        [...new Set(links.map((link) => link.getAttribute('data-lane') ?? ''))].map((lane) => [
          lane,
          [...new Set(links.filter((link) => link.getAttribute('data-lane') === lane).flatMap((link) => [...link.querySelectorAll('circle.tl-mark')].map((dot) => getComputedStyle(dot).fill)))],
        ]),
      ),
    };
  }, EVENTS.map((event) => event.id));
  const of = (id: string) => drawn.byEvent[id]!;

  await test.step('the timeline draws one mark per event of the content, in the wide drawing (by segment) and the narrow one', async () => {
    expect(drawn.wide, 'marks in the wide drawing').toHaveLength(EVENTS.length);
    expect(drawn.narrow, 'marks in the narrow drawing').toBe(EVENTS.length);
    expect(new Set(drawn.wide)).toEqual(new Set(EVENTS.map((event) => event.id)));
  });

  await test.step('the figure has a name, a description and a data table with a row per event', async () => {
    // Its title and takeaway come from the story (story.yaml), not from the code.
    const figure = page.getByRole('figure', { name: STORY.timeline.title });
    await expect(figure).toBeVisible();
    await expect(figure).toHaveAccessibleDescription(new RegExp(escapeRegExp(STORY.timeline.takeaway)));
    expect(drawn.rows, 'rows of the data table').toBe(EVENTS.length);
  });

  await test.step('every mark links to a claim it bears on, or to its row in the table', async () => {
    const related = new Map<string, string[]>();
    for (const claim of CLAIMS) for (const id of claim.events ?? []) related.set(id, [...(related.get(id) ?? []), claim.slug]);
    for (const event of EVENTS) {
      expect(of(event.id).links, `${event.id}: one link in the wide drawing`).toBe(1);
      const slugs = related.get(event.id);
      if (slugs) expect(slugs.map((slug) => `/claims/${slug}/`), `${event.id} links to a claim it bears on`).toContain(of(event.id).href);
      else {
        expect(of(event.id).href, event.id).toBe(`#event-${event.id}`);
        expect(of(event.id).anchors, `#event-${event.id} in the table`).toBe(1);
      }
    }
  });

  await test.step('year- and month-precision events are drawn as spans, day-precision events as points', async () => {
    for (const event of EVENTS) {
      const isDay = /^\d{4}-\d{2}-\d{2}$/.test(event.date) && !event.until;
      // A dated point is a dot; a year, a month or an open range is a bar over all of it.
      const { circles, rects } = of(event.id);
      expect({ circles, rects }, event.id).toEqual(isDay ? { circles: 1, rects: 0 } : { circles: 0, rects: 1 });
    }
  });

  await test.step('every event is drawn in the lane of its first party, as the story maps parties to lanes', async () => {
    for (const event of EVENTS) expect(of(event.id).lane, event.id).toBe(laneOf(event));
  });

  await test.step('lanes are told apart by colour, not only by position: no two lanes share a mark colour', async () => {
    const colours = drawn.laneLabelFills;
    expect(colours.length).toBe(STORY.lanes.length);
    expect(new Set(colours).size).toBe(colours.length);
    for (const lane of STORY.lanes) expect((drawn.dotFillsByLane[lane.id] ?? []).length, `${lane.id}: dots of one colour`).toBeLessThanOrEqual(1);
  });

  await test.step('precision shows as lightness: a dot for a day is solid, a bar for a month paler, for a year paler still', async () => {
    const byPrecision: Record<string, number[]> = { day: [], month: [], year: [] };
    for (const event of EVENTS.filter((e) => !e.until && e.kind !== 'period')) {
      const precision = event.date.length === 10 ? 'day' : event.date.length === 7 ? 'month' : 'year';
      expect(of(event.id).marks, `${event.id}: one mark`).toHaveLength(1);
      byPrecision[precision]!.push(Number(of(event.id).marks[0]!.fillOpacity));
    }
    for (const [precision, values] of Object.entries(byPrecision)) expect(values.length, `no ${precision}-precision event to check`).toBeGreaterThan(0);
    expect(Math.min(...byPrecision.day!)).toBe(1);
    expect(Math.max(...byPrecision.month!)).toBeLessThan(Math.min(...byPrecision.day!));
    expect(Math.max(...byPrecision.year!)).toBeLessThan(Math.min(...byPrecision.month!));
  });

  await test.step('the article under review is a bar over the whole stretch its date allows, not a point', async () => {
    const articles = EVENTS.filter((e) => e.isArticleUnderReview);
    expect(articles.length, 'the content marks the article under review').toBeGreaterThan(0);
    const bars = await page.evaluate((ids) =>
      ids.map((id) => {
        const marks = [...document.querySelectorAll(`svg.tl-wide a[data-event="${CSS.escape(id)}"] .tl-mark`)];
        const el = marks[0];
        if (marks.length !== 1 || !el) return { id, marks: marks.length, tag: null, height: 0, ticks: [] };
        const svg = el.closest('svg')!;
        const top = Number(el.getAttribute('y'));
        // The segment holding the mark starts at the last segment label above it and ends at the next one.
        const cuts = [...svg.querySelectorAll('.tl-segment-label')].map((label) => Number(label.getAttribute('y')));
        const from = Math.max(-Infinity, ...cuts.filter((y) => y <= top));
        const to = Math.min(Infinity, ...cuts.filter((y) => y > top));
        const ticks = [...svg.querySelectorAll('.tl-tick-label')]
          .map((t) => ({ y: Number(t.getAttribute('y')), label: t.textContent ?? '' }))
          .filter((t) => t.y >= from && t.y < to);
        return { id, marks: 1, tag: el.tagName, height: Number(el.getAttribute('height')), ticks };
      }),
    articles.map((event) => event.id));
    for (const event of articles) {
      const { marks, tag, height, ticks } = bars.find((bar) => bar.id === event.id)!;
      expect(marks, `${event.id}: one mark`).toBe(1);
      expect(tag, `${event.id}: a bar`).toBe('rect');
      // Its length in days, read against two axis ticks of its own segment ("7 Mar", "May 2025", "2022").
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

  await test.step('no two leader lines cross on /timeline/, in the wide panels or the narrow drawing', async () => {
    const drawings = await leaderCrossings(page, '.timeline-figure');
    expect(drawings.filter(([name]) => name.includes('tl-narrow'))).toHaveLength(1);
    expect(drawings.filter(([name]) => name.includes('tl-wide')).length).toBeGreaterThan(0);
    // One leader per event in each of the two drawings (the wide one in panels).
    expect(drawings.reduce((sum, [, leaders]) => sum + leaders, 0)).toBe(2 * EVENTS.length);
    for (const [name, , crossings] of drawings) expect(crossings, `${name}: crossing leaders`).toEqual([]);
  });

  await test.step('at 320 px the narrow drawing shows and nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    const drawings = await page.evaluate(() => {
      const shown = (element: Element) => {
        const box = element.getBoundingClientRect();
        return element.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
      };
      const narrow = [...document.querySelectorAll('svg.tl-narrow')];
      return { narrow: narrow.map((svg) => ({ shown: shown(svg), width: svg.getBoundingClientRect().width })), wideShown: [...document.querySelectorAll('svg.tl-wide')].filter(shown).length };
    });
    expect(drawings.narrow, 'one narrow drawing, shown, within 320 px').toEqual([{ shown: true, width: expect.any(Number) }]);
    expect(drawings.narrow[0]!.width).toBeLessThanOrEqual(320);
    expect(drawings.wideShown, 'wide drawings shown at 320 px').toBe(0);
  });
});

// One page without JavaScript for what were two tests.
test('without JavaScript the chart and the table are there, and there are no dead controls', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/');
  const shown = await page.evaluate(() => ({
    marks: document.querySelectorAll('svg.tl-wide a.tl-link').length,
    rows: document.querySelectorAll('table.timeline-table tbody tr').length,
    filters: document.querySelectorAll('.tl-filters').length,
  }));
  await context.close();
  expect(shown, 'marks, rows and filter controls without JavaScript').toEqual({ marks: EVENTS.length, rows: EVENTS.length, filters: 0 });
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

test('under print media the chart prints segment by segment, every event once, then the table, each row kept on one page', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/timeline/');
  // The print styles are static: everything read in one visit to the DOM.
  const printed = await page.evaluate(() => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return element.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
    };
    const slices = [...document.querySelectorAll('svg.tl-wide')];
    const table = document.querySelector('table.timeline-table');
    return {
      slices: slices.map((slice) => ({ shown: shown(slice), breakInside: getComputedStyle(slice).breakInside })),
      firstViewBox: slices[0]?.getAttribute('viewBox') ?? null,
      segmentLabels: document.querySelectorAll('svg.tl-narrow .tl-segment-label').length,
      narrowShown: [...document.querySelectorAll('svg.tl-narrow')].some(shown),
      events: [...document.querySelectorAll('svg.tl-wide a.tl-link')].map((link) => link.getAttribute('data-event')),
      tableShown: table ? shown(table) : false,
      rowBreaks: [...new Set([...document.querySelectorAll('table.timeline-table tr')].map((row) => getComputedStyle(row).breakInside))],
      chartBottom: slices.at(-1)?.getBoundingClientRect().bottom ?? NaN,
      tableTop: table?.getBoundingClientRect().top ?? NaN,
    };
  });
  // One drawing when it fits a printed page, otherwise one per axis segment.
  if (printed.slices.length === 1) expect(Number(printed.firstViewBox!.split(' ')[3]), 'a single drawing fits a page').toBeLessThanOrEqual(PRINT_PAGE_UNITS);
  else expect(printed.slices.length, 'a drawing per axis segment').toBe(printed.segmentLabels);
  printed.slices.forEach((slice, index) => expect(slice, `drawing ${index + 1} shown, unbroken`).toEqual({ shown: true, breakInside: 'avoid' }));
  expect(printed.narrowShown, 'the narrow drawing in print').toBe(false);
  expect(printed.events.sort()).toEqual(EVENTS.map((event) => event.id).sort());
  expect(printed.tableShown, 'the table in print').toBe(true);
  expect(printed.rowBreaks, 'table rows kept on one page').toEqual(['avoid']);
  expect(printed.tableTop).toBeGreaterThan(printed.chartBottom);
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


// Every edition's timeline: the lane headers and labels wrap differently in each language.
for (const path of builtPages().filter((page) => /^(\/[a-z]{2})?\/timeline\/$/.test(page))) {
  test(`${path}: at ${LABEL_WIDTHS.join(', ')} px no label is clipped at the edge of its drawing`, async ({ page }) => {
    await page.setViewportSize({ width: LABEL_WIDTHS[0], height: 900 });
    await page.goto(path);
    for (const width of LABEL_WIDTHS) {
      await test.step(`at ${width} px`, async () => {
        // The drawings are static SVG and CSS picks the wide or narrow one: resizing in place lays out as a fresh load at that width.
        await page.setViewportSize({ width, height: 900 });
        expect(await clippedLabels(page), `${path} at ${width} px`).toEqual([]);
      });
    }
  });
}

// One visit to each claim page for what were three loops over them: its small timeline drawn with the
// timeline's component, no leader lines crossing, and no label clipped (at 320 px on every page with
// events, at 390 and 1280 px on the first three).

// Every claim page's small timeline (its related events, leaders and labels) is a step of its visit in
// claims.spec.ts (support/timelineDrawing.ts).
