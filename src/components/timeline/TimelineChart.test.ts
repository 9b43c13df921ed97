/**
 * A rendered snapshot of the chart: the real component, rendered by Astro's Container API with the
 * layout the pages use, so that any change to the drawing shows up in review as a diff of
 * TimelineChart.test.ts.snapshot. node:test has no .astro loader, so the component is compiled by a
 * Vite server set up from the project's Astro config (what vitest does through getViteConfig).
 * Update after an intended change: npx node --test --test-update-snapshots src/components/timeline/TimelineChart.test.ts
 */
import { after, before, test } from 'node:test';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';
import { NARROW_CHART, WIDE_CHART, chartLanes } from '../../lib/timeline/charts.ts';
import { layoutTimeline } from '../../lib/timeline/layout.ts';
import { input } from '../../lib/timeline/fixtures.test-helpers.ts';

let server: ViteDevServer;
let TimelineChart: Parameters<AstroContainer['renderToString']>[0];

before(async () => {
  const config = await getViteConfig({ logLevel: 'silent', server: { middlewareMode: true, hmr: false }, appType: 'custom' }, { logLevel: 'silent' })({ mode: 'test', command: 'serve' });
  server = await createServer({ ...config, configFile: false });
  TimelineChart = (await server.ssrLoadModule('/src/components/timeline/TimelineChart.astro')).default;
});
after(async () => server?.close());

/** Fixture lanes, in the shape of story.yaml's: the snapshot draws no story's names. */
const LANES = [
  { id: 'operator', label: 'The operator and its subsidiary', shortLabel: 'Operator', parties: ['operator'] },
  { id: 'vendor', label: 'The vendor', shortLabel: 'Vendor', parties: ['vendor'] },
  { id: 'press', label: 'Press', shortLabel: 'Press', parties: ['paper'] },
  { id: 'state', label: 'Government, parliament, regulator', shortLabel: 'State', parties: ['regulator'] },
  { id: 'other', label: 'Others', shortLabel: 'Others', parties: ['consultant'] },
];

/** A fixed set of events, one of each kind of mark, so the snapshot changes only when the drawing does. */
const EVENTS = [
  input({ id: 'contract', title: 'A contract is signed', date: '2004-12', kind: 'event', lane: 'operator', isArticleUnderReview: false }),
  input({ id: 'audit', title: 'An audit runs', date: '2009', until: '2010', kind: 'period', lane: 'operator', isArticleUnderReview: false }),
  input({ id: 'year', title: 'Something happens that year', date: '2009', kind: 'event', lane: 'state', isArticleUnderReview: false }),
  input({ id: 'report', title: 'A newspaper reveals the report', date: '2021-04-17', kind: 'event', lane: 'press', isArticleUnderReview: false }),
  input({ id: 'denial', title: 'The supplier denies', date: '2021-04-17', kind: 'event', lane: 'vendor', isArticleUnderReview: false }),
  input({ id: 'reply', title: 'The operator responds', date: '2021-04-17', kind: 'event', lane: 'operator', isArticleUnderReview: false }),
  input({ id: 'article', title: 'The article under review is published', date: '2021-04', kind: 'event', lane: 'press', isArticleUnderReview: true }),
  input({ id: 'fine', title: 'The regulator fines the operator', date: '2022-08-01', kind: 'event', lane: 'state', isArticleUnderReview: false }),
];

for (const [variant, options] of [['wide', WIDE_CHART], ['narrow', NARROW_CHART]] as const) {
  test(`the ${variant} chart renders as in the snapshot`, async (t) => {
    const container = await AstroContainer.create();
    const chart = layoutTimeline(EVENTS, { ...options, lanes: chartLanes(LANES, variant) });
    const links = new Map(EVENTS.map((event) => [event.id, { href: `#event-${event.id}`, label: `${event.dateLabel}: ${event.title}` }]));
    const html = await container.renderToString(TimelineChart, {
      props: { chart, idPrefix: `snap-${variant}`, title: 'Snapshot', description: 'A fixed set of events', links, variant, verticalHeaders: variant === 'narrow' },
    });
    // One element per line, so a change reads as a diff of the elements that changed.
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6).replace(/>\s*</g, '>\n<');
    t.assert.snapshot(svg.split('\n'));
  });
}
