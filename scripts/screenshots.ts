/**
 * Screenshots for looking at what we made: every page type at 320 px and 1280 px, light and dark,
 * and under print media. Not a test: `node scripts/screenshots.ts [baseUrl] [outDir]`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_LAUNCH, ensureChromium } from './browser.ts';

const base = process.argv[2] ?? 'http://localhost:4329';
const out = process.argv[3] ?? '.tmp/screenshots';
const paths = (process.env.PAGES ?? '/,/claims/huawei-did-eavesdrop/,/timeline/,/methodology/,/sources/,/review/,/embed/claims/huawei-did-eavesdrop/,/embed/timeline/').split(',');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), ...CHROMIUM_LAUNCH });
for (const path of paths) {
  const name = path.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home';
  for (const width of [320, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      const response = await page.goto(base + path);
      if (!response?.ok()) { console.log(`skip ${path}: ${response?.status()}`); await page.close(); break; }
      await page.screenshot({ path: `${out}/${name}-${width}-${scheme}.png`, fullPage: !!process.env.FULL });
      if (width === 1280 && scheme === 'light') {
        await page.emulateMedia({ media: 'print' });
        await page.screenshot({ path: `${out}/${name}-print.png`, fullPage: !!process.env.FULL });
      }
      await page.close();
    }
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
