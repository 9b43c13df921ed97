/**
 * `npm run bench`: figures with a verdict against each target. Bytes are also asserted in the tests
 * (scripts/budgets.test.ts); times are noisy, so here they are printed, never asserted.
 *   1. build time and peak memory of the real site;
 *   2. bytes and requests per page type (HTML, CSS, JS: raw, gzip, brotli);
 *   3. scaling: the same build on generated content of 100, 1,000 and 5,000 claims (BENCH_SIZES=…, empty skips it);
 *   4. Lighthouse, mobile preset, median of 3 (BENCH_LIGHTHOUSE_RUNS) with the spread, on the home, a claim and the
 *      timeline page in both editions (BENCH_LIGHTHOUSE=0 skips).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGETS } from './lib/budgets.ts';
import { CHROMIUM_ARGS, ensureChromium } from './browser.ts';
import { generateContent } from './lib/generateContent.ts';
import { measure } from './lib/measure.ts';
import { pageWeight, sizes } from './lib/pageWeight.ts';
import { previewBuilt } from './lib/preview.ts';
import { builtPages } from '../src/lib/builtPages.ts';
import { crossingPairs, parseLeaderPath } from '../src/lib/timeline/crossings.ts';

const work = mkdtempSync(join(tmpdir(), 'bench-'));
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const countPages = (dir: string): number => builtPages(dir).length;
/** The timeline page's HTML (CSS inlined), brotli, before it was reworked to one set of global styles and rounded coordinates (issue 14). */
const TIMELINE_HTML_BROTLI_BEFORE = 27_350;
/** Crossing pairs of leader lines, summed over the timeline drawings of a built page (read from its SVG path data). */
function leaderCrossings(file: string): number {
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<svg class="tl-svg[\s\S]*?<\/svg>/g)].reduce((sum, [svg]) => {
    const leaders = [...svg.matchAll(/<path class="tl-leader"[^>]*\sd="([^"]*)"/g)].map((m) => parseLeaderPath(m[1]!));
    return sum + crossingPairs(leaders).length;
  }, 0);
}

async function build(name: string, env: NodeJS.ProcessEnv = {}) {
  const outDir = join(work, name);
  const result = await measure(process.execPath, ['scripts/build.ts'], { OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, `${name}-cache`), ...env });
  if (result.status !== 0) throw new Error(`build ${name} failed:\n${result.output.slice(-3000)}`);
  return { ...result, outDir, pages: countPages(outDir) };
}

try {
  console.log('1. Build of the real site (clean cache)');
  const real = await build('real');
  console.log(`   ${real.seconds.toFixed(1)} s, peak memory ${real.peakMb.toFixed(0)} MB, ${real.pages} HTML pages\n`);

  console.log('2. Bytes and requests per page type');
  // The story's first claim stands for every claim page (the kit measures whatever story it builds).
  const sampleClaim = readdirSync(join(real.outDir, 'claims')).sort()[0]!;
  const types: Array<[string, string]> = [
    ['home', ''], ['claim', `claims/${sampleClaim}/`], ['timeline', 'timeline/'], ['methodology', 'methodology/'],
    ['review', 'review/'], ['embed (claim)', `embed/claims/${sampleClaim}/`], ['embed (timeline)', 'embed/timeline/'],
  ];
  const header = ['page', 'HTML raw/gz/br', 'CSS raw/gz/br', 'JS raw/gz/br', 'requests'];
  const rows = types.map(([name, path]) => {
    const w = pageWeight(real.outDir, path);
    const triple = (b: { raw: number; gzip: number; brotli: number }) => `${b.raw} / ${b.gzip} / ${b.brotli}`;
    return [name, triple(w.html), triple(w.css), triple(w.js), String(w.requests)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows]) console.log(`   ${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')}`);
  console.log('   (CSS is inlined into the HTML, so its bytes are inside the HTML figures too)');
  const claimPages = readdirSync(join(real.outDir, 'claims'));
  const worstClaim = Math.max(...claimPages.map((slug) => pageWeight(real.outDir, `claims/${slug}/`).html.brotli));
  const claimJs = Math.max(...claimPages.map((slug) => pageWeight(real.outDir, `claims/${slug}/`).js.raw));
  const timelineJs = pageWeight(real.outDir, 'timeline/').js.gzip;
  const embedJs = sizes(readFileSync(join(real.outDir, 'embed.js'))).gzip;
  console.log(`   claim page HTML+CSS, brotli, largest of ${claimPages.length}: ${worstClaim} B (${kb(worstClaim)}), target ≤ ${kb(BUDGETS.claimHtmlCssBrotli)}: ${verdict(worstClaim <= BUDGETS.claimHtmlCssBrotli)}`);
  const worstFirstScreen = Math.max(...claimPages.map((slug) => {
    const html = readFileSync(join(real.outDir, 'claims', slug, 'index.html'), 'utf8');
    return sizes(html.slice(0, html.indexOf('<div class="body"'))).brotli;
  }));
  console.log(`   claim page first screen (before the evidence), brotli, largest: ${worstFirstScreen} B (${kb(worstFirstScreen)}), target ≤ ${kb(BUDGETS.claimFirstScreenBrotli)}: ${verdict(worstFirstScreen <= BUDGETS.claimFirstScreenBrotli)}`);
  console.log(`   claim page JavaScript: ${claimJs} B, target 0: ${verdict(claimJs === 0)}`);
  console.log(`   timeline page JavaScript, gzip: ${timelineJs} B, target ≤ ${kb(BUDGETS.timelineJsGzip)}: ${verdict(timelineJs <= BUDGETS.timelineJsGzip)}`);
  const timelineHtml = pageWeight(real.outDir, 'timeline/').html.brotli;
  console.log(`   timeline page HTML+CSS, brotli: ${timelineHtml} B, target < ${TIMELINE_HTML_BROTLI_BEFORE} B: ${verdict(timelineHtml < TIMELINE_HTML_BROTLI_BEFORE)}; budget ≤ ${BUDGETS.timelineHtmlCssBrotli} B: ${verdict(timelineHtml <= BUDGETS.timelineHtmlCssBrotli)}`);
  const timelineNlHtml = pageWeight(real.outDir, 'nl/timeline/').html.brotli;
  console.log(`   timeline page HTML+CSS, brotli, Dutch edition: ${timelineNlHtml} B, budget ≤ ${BUDGETS.timelineNlHtmlCssBrotli} B: ${verdict(timelineNlHtml <= BUDGETS.timelineNlHtmlCssBrotli)}`);
  const crossings = leaderCrossings(join(real.outDir, 'timeline/index.html'));
  const claimCrossings = claimPages.reduce((sum, slug) => sum + leaderCrossings(join(real.outDir, 'claims', slug, 'index.html')), 0);
  console.log(`   timeline leader crossings: ${crossings} on /timeline/, ${claimCrossings} over ${claimPages.length} claim pages, target 0: ${verdict(crossings + claimCrossings === 0)}`);
  console.log(`   embed.js, gzip: ${embedJs} B, target ≤ ${kb(BUDGETS.embedScriptGzip)}: ${verdict(embedJs <= BUDGETS.embedScriptGzip)}`);
  const cards = [...readdirSync(join(real.outDir, 'og', 'claims')).map((file) => `og/claims/${file}`), 'og/home.png', 'og/timeline.png'].map((card) => ({ card, bytes: statSync(join(real.outDir, card)).size }));
  const largestCard = cards.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  const cardBytes = cards.reduce((sum, { bytes }) => sum + bytes, 0);
  console.log(`   share cards (og/*.png): ${cards.length}, ${kb(cardBytes)} in all, largest ${largestCard.card} ${largestCard.bytes} B (${kb(largestCard.bytes)}), target ≤ ${kb(BUDGETS.shareCardBytes)} each: ${verdict(largestCard.bytes <= BUDGETS.shareCardBytes)}\n`);

  console.log('3. Scaling on generated content (same build, temporary folder)');
  // BENCH_SIZES= (empty) skips the scaling runs: a quick bench of the real site.
  const sizesToRun = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').filter((size) => size.trim() !== '').map(Number);
  const results: Array<{ n: number; seconds: number; pages: number }> = [];
  for (const n of sizesToRun) {
    const content = join(work, `content-${n}`);
    const counts = generateContent('src/content', content, n);
    const run = await build(`scale-${n}`, { CONTENT_DIR: content });
    results.push({ n, seconds: run.seconds, pages: run.pages });
    console.log(`   ${String(n).padStart(5)} claims (${counts.statements} statements, ${counts.sources} sources, ${counts.events} events): ${run.seconds.toFixed(1)} s, peak ${run.peakMb.toFixed(0)} MB, ${run.pages} pages, ${((run.seconds * 1000) / run.pages).toFixed(1)} ms per page`);
    rmSync(join(work, `scale-${n}`), { recursive: true, force: true });
  }
  const thousand = results.find((r) => r.n === 1000);
  if (thousand) console.log(`   1,000 claims in ${thousand.seconds.toFixed(1)} s, target < 60 s: ${verdict(thousand.seconds < 60)}`);
  if (results.length >= 2) {
    const [a, b] = [results[0]!, results.at(-1)!];
    const perPageGrowth = b.seconds / b.pages / (a.seconds / a.pages);
    console.log(`   time per page from ${a.n} to ${b.n} claims changes ×${perPageGrowth.toFixed(2)} (≤ 1 means no worse than linear): ${verdict(perPageGrowth <= 1.25)}`);
  }
  console.log();

  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    // Lighthouse is noisy, the more so on a shared machine: the median decides, the spread (lowest–highest)
    // and Total Blocking Time say how far to trust it. BENCH_LIGHTHOUSE_RUNS=5 for a steadier median.
    const runCount = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
    console.log(`4. Lighthouse (mobile preset, median of ${runCount}, lowest–highest in brackets)`);
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const { url, stop } = await previewBuilt(real.outDir);
    const chrome = await chromeLauncher.launch({ chromePath: ensureChromium(), chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
    const spread = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
    try {
      for (const [name, path] of [['home', '/'], ['claim', `/claims/${sampleClaim}/`], ['timeline', '/timeline/'], ['timeline (nl)', '/nl/timeline/']] as const) {
        const runs: Record<string, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
        const blocking: number[] = [];
        for (let i = 0; i < runCount; i += 1) {
          const result = await lighthouse(`${url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(runs) });
          for (const key of Object.keys(runs)) runs[key]!.push(Math.round((result!.lhr.categories[key]!.score ?? 0) * 100));
          blocking.push(Math.round(result!.lhr.audits['total-blocking-time']?.numericValue ?? 0));
        }
        const line = Object.entries(runs).map(([key, values]) => `${key} ${median(values)}${runCount > 1 ? ` (${spread(values)})` : ''}`).join(', ');
        const all100 = Object.values(runs).every((values) => median(values) === 100);
        console.log(`   ${name.padEnd(13)} ${line}; TBT ${median(blocking)} ms (${spread(blocking)}); target 100 each: ${verdict(all100)}`);
      }
    } finally {
      chrome.kill();
      await stop();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
