import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '/work/main/scripts/browser.ts';
const [url, selector, out, width = '1280', scheme = 'light', media = 'screen'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as any });
await p.emulateMedia({ media: media as any });
await p.goto(url!);
await p.locator(selector!).first().screenshot({ path: out! });
await b.close();
