import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { claims } from './support/content';
import { HOST_PORT, PREVIEW_PORT } from '../playwright.config';

const HOST = `http://localhost:${HOST_PORT}`;
const SITE = `http://localhost:${PREVIEW_PORT}`;
const CLAIM = claims().find((claim) => claim.slug === 'huawei-did-eavesdrop')!;
const ARTICLE = `${HOST}/article?page=/claims/${CLAIM.slug}/&page=/timeline/`;
const TYPE = 'kpn-huawei-factcheck:embed-height';

async function embedFrames(page: Page): Promise<Array<{ name: string; frame: Frame }>> {
  const handles = await page.locator('iframe[data-kpn-huawei-embed]').elementHandles();
  return Promise.all(handles.map(async (handle) => ({ name: (await handle.getAttribute('data-kpn-huawei-embed'))!, frame: (await handle.contentFrame())! })));
}

/** Each iframe as tall as its content (within 3 px), with nothing to scroll inside. */
async function expectFramesFitContent(page: Page) {
  for (const { name, frame } of await embedFrames(page)) {
    await expect
      .poll(async () => {
        const iframeHeight = await page.locator(`iframe[data-kpn-huawei-embed="${name}"]`).evaluate((el) => el.getBoundingClientRect().height);
        const content = await frame.locator('.embed-root').evaluate((el) => el.getBoundingClientRect().height);
        return Math.abs(iframeHeight - content);
      }, { message: `${name}: iframe height vs content height`, timeout: 10_000 })
      .toBeLessThanOrEqual(3);
    const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
    expect(scroll, `${name} has an inner scrollbar`).toBeLessThanOrEqual(1);
  }
}

test.describe('embedded on another origin with the published snippet', () => {
  for (const width of [320, 600, 1000]) {
    test(`at ${width} px each iframe takes its content's height`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ARTICLE);
      const frames = await embedFrames(page);
      expect(frames.map((f) => f.name).sort()).toEqual([`claim:${CLAIM.slug}`, 'timeline']);
      await expectFramesFitContent(page);
    });
  }

  test('heights follow the content when the host grows wider and narrower again', async ({ page }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(ARTICLE);
    await expectFramesFitContent(page);
    const wide = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
    await page.setViewportSize({ width: 340, height: 900 });
    await expectFramesFitContent(page);
    const narrow = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(narrow, 'the card grows when narrower').toBeGreaterThan(wide);
    await page.setViewportSize({ width: 1000, height: 900 });
    await expectFramesFitContent(page);
    const again = await page.locator('iframe').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(again - wide), 'the card shrinks back').toBeLessThanOrEqual(3);
  });

  test('messages from another window, with another embed name, or with malformed heights change nothing', async ({ page }) => {
    await page.goto(ARTICLE);
    await expectFramesFitContent(page);
    const iframe = page.locator(`iframe[data-kpn-huawei-embed="claim:${CLAIM.slug}"]`);
    const before = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const embed = `claim:${CLAIM.slug}`;
    // Record every height the host script sets from here on.
    await iframe.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { __heights: string[] }).__heights = seen;
      new MutationObserver(() => seen.push((el as HTMLElement).style.height)).observe(el, { attributes: true, attributeFilter: ['style'] });
    });
    // From the host window itself, and from an unrelated frame on the host's origin.
    await page.evaluate(([type, embedName]) => window.postMessage({ type, embed: embedName, height: 55 }, '*'), [TYPE, embed]);
    await page.evaluate(([type, embedName]) => {
      const ad = document.createElement('iframe');
      ad.srcdoc = `<script>parent.postMessage({ type: '${type}', embed: '${embedName}', height: 66 }, '*')<\/script>`;
      document.body.append(ad);
    }, [TYPE, embed]);
    // From the real embed, but malformed, absurd, or naming the other embed.
    const frame = (await embedFrames(page)).find((f) => f.name === embed)!.frame;
    await frame.evaluate(([type, embedName]) => {
      for (const height of [-10, 0, Number.NaN, Infinity, 1e9, '300', null]) parent.postMessage({ type, embed: embedName, height }, '*');
      parent.postMessage({ type, embed: 'timeline', height: 77 }, '*');
      parent.postMessage({ type: 'other-project:height', embed: embedName, height: 88 }, '*');
      parent.postMessage('height:99', '*');
      // Last, one valid message: once it has acted, every message before it has been handled.
      parent.postMessage({ type, embed: embedName, height: 123 }, '*');
    }, [TYPE, embed]);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __heights: string[] }).__heights.at(-1))).toBe('123px');
    expect(await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights), 'heights set before the valid message').toEqual(['123px']);
    expect(before).toBeGreaterThan(123);
  });

  test('"Read the full fact-check" opens the claim in the top window, never inside the frame', async ({ page }) => {
    await page.goto(ARTICLE);
    const frame = (await embedFrames(page)).find((f) => f.name.startsWith('claim:'))!.frame;
    await frame.getByRole('link', { name: 'Read the full fact-check' }).click();
    await expect(page).toHaveURL(`${SITE}/claims/${CLAIM.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CLAIM.claim);
  });

  test('without the host script the frames keep their fixed height and scroll instead of clipping', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 900 });
    await page.goto(`${ARTICLE}&script=none`);
    await expect(page.locator('script[src$="embed.js"]')).toHaveCount(0);
    const timeline = page.locator('iframe[data-kpn-huawei-embed="timeline"]');
    const fixed = Number(await timeline.getAttribute('height'));
    expect(await timeline.evaluate((el) => el.getBoundingClientRect().height)).toBe(fixed);
    const frame = (await embedFrames(page)).find((f) => f.name === 'timeline')!.frame;
    const { scrollHeight, clientHeight, overflow } = await frame.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      clientHeight: document.documentElement.clientHeight,
      overflow: getComputedStyle(document.documentElement).overflowY,
    }));
    expect(scrollHeight).toBeGreaterThan(clientHeight);
    expect(overflow).not.toBe('hidden');
    await frame.locator('.embed-root a').last().scrollIntoViewIfNeeded();
    await expect(frame.locator('.embed-root a').last()).toBeInViewport();
  });
});

test('every claim card fits its snippet’s fixed height at 600 px wide', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 900 });
  for (const claim of claims()) {
    await page.goto(`/claims/${claim.slug}/`);
    const snippet = await page.locator('[data-embed-snippet]').inputValue();
    const fixed = Number(/height="(\d+)"/.exec(snippet)![1]);
    await page.goto(`/embed/claims/${claim.slug}/`);
    const content = await page.locator('.embed-root').evaluate((el) => el.getBoundingClientRect().height);
    expect(content, `${claim.slug}: content ${content}px in a ${fixed}px frame`).toBeLessThanOrEqual(fixed);
  }
});

test('every claim page and the timeline offer the snippet, a preview and oEmbed discovery', async ({ page, request }) => {
  for (const path of [...claims().map((claim) => `/claims/${claim.slug}/`), '/timeline/']) {
    await page.goto(path);
    const section = page.getByRole('region', { name: 'Embed this' });
    const snippet = await section.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toMatch(/^<iframe src="http[^"]+\/embed\/[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy" sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation" referrerpolicy="strict-origin-when-cross-origin" data-kpn-huawei-embed="[^"]+"/);
    await expect(section.locator('iframe')).toHaveAttribute('src', /\/embed\//);
    const oembedHref = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await request.get(new URL(oembedHref!).pathname)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', html: snippet });
    expect(oembed.width).toBeGreaterThan(0);
    expect(oembed.height).toBe(Number(/height="(\d+)"/.exec(snippet)![1]));
    expect(oembed.provider_name).toBeTruthy();
    expect(oembed.author_name).toBeTruthy();
  }
});

test('embed pages name their full page as canonical and stay out of the sitemap', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toContain('/embed/');
  for (const claim of claims()) {
    await page.goto(`/embed/claims/${claim.slug}/`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/claims/${claim.slug}/$`));
    await expect(page.locator('h1')).toHaveText(claim.claim);
  }
  await page.goto('/embed/timeline/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/timeline\/$/);
});

test('embed pages work without JavaScript (all but the height messages)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/embed/claims/${CLAIM.slug}/`);
  await expect(page.locator('h1')).toHaveText(CLAIM.claim);
  await expect(page.getByRole('link', { name: 'Read the full fact-check' })).toHaveAttribute('href', `/claims/${CLAIM.slug}/`);
  await page.goto('/embed/timeline/');
  await expect(page.locator('svg.tl-wide a.tl-link').first()).toBeVisible();
  await context.close();
});

test('embed pages pass axe in both forced themes', async ({ page }) => {
  test.setTimeout(120_000);
  for (const theme of ['light', 'dark'] as const) {
    for (const path of [`/embed/claims/${CLAIM.slug}/`, '/embed/timeline/']) {
      await page.goto(`${path}?theme=${theme}`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background === 'rgb(255, 255, 255)', `${path} ${theme}: ${background}`).toBe(theme === 'light');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`), `${path} ${theme}`).toEqual([]);
    }
  }
});
