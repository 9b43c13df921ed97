/**
 * `npm run review:pdf [-- --letter] [-- --out file.pdf]`: writes the print proof (/review/) of the
 * built site as a PDF with Chromium: the CSS page size (A4, or US Letter with --letter), backgrounds
 * where colour carries meaning, a tagged PDF with an outline. Prints where it wrote it and its page count.
 * Run `npm run build` first; the base path of that build is read from dist/.
 */
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CHROMIUM_ARGS, ensureChromium } from './browser.ts';
import { serveStatic } from './lib/staticServer.ts';
import { countPdfPages } from './lib/pdf.ts';

const args = process.argv.slice(2);
const letter = args.includes('--letter');
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? args[outIndex + 1]! : `dist-pdf/kpn-huawei-review-${letter ? 'letter' : 'a4'}.pdf`);
const dist = resolve(process.env.OUT_DIR ?? 'dist');
const reviewFile = `${dist}/review/${letter ? 'letter/' : ''}index.html`;
if (!existsSync(reviewFile)) {
  console.error(`No ${reviewFile}: run \`npm run build\` first.`);
  process.exit(1);
}
// The build may live under a sub-path: serve dist/ there so its links and assets resolve.
const base = /<link rel="icon" href="([^"]*?)favicon\.svg"/.exec(readFileSync(reviewFile, 'utf8'))?.[1] ?? '/';
const { server, url } = await serveStatic(dist, 0, base);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const response = await page.goto(`${url}${base}review/${letter ? 'letter/' : ''}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`The review page answered ${response?.status()}`);
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  mkdirSync(dirname(out), { recursive: true });
  await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
  console.log(`Wrote ${out} (${countPdfPages(readFileSync(out))} pages, ${letter ? 'US Letter' : 'A4'})`);
} finally {
  await browser.close();
  server.close();
}
