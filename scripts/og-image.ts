/**
 * Draws the site's share image (public/og/site.png, 1200×630) with Chromium. Run by hand when the
 * title changes (`node scripts/og-image.ts`); the PNG is committed so the build needs no browser.
 * Per-claim images would need a rasteriser in every build, a heavy dependency for a small gain: not made.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, ensureChromium } from './browser.ts';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

// The publisher's name comes from the story's configuration; the headline below is this story's own.
const [SITE] = yaml.load(readFileSync('src/content/story.yaml', 'utf8')) as Array<{ publisher: string }>;

const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;background:#f4f4f1;font-family:Georgia,serif;display:flex">
<div style="margin:72px;border-left:14px solid #1d4f91;padding-left:48px;display:flex;flex-direction:column;justify-content:center">
<div style="font:600 34px system-ui,sans-serif;color:#52525b;letter-spacing:.02em">FACT-CHECK · ${SITE!.publisher}</div>
<div style="font-size:72px;line-height:1.1;color:#1a1a1a;margin:28px 0">KPN, Huawei and the 2010 Capgemini report</div>
<div style="font:36px/1.35 system-ui,sans-serif;color:#1a1a1a">27 claims set beside KPN’s and Huawei’s answers: what the report says Huawei <i>could</i> do, and what nobody showed it <i>did</i>.</div>
</div></body></html>`;

mkdirSync('public/og', { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og/site.png' });
await browser.close();
console.log('Wrote public/og/site.png');
