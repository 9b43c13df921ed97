import type { ElementHandle, Frame, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { claims } from './support/content';
import { HOST_PORT, PREVIEW_PORT, STORY_PROJECT } from '../playwright.config';
import { embedNames } from '../src/lib/embed/names';
import { story } from './support/story';
import { axeViolations } from './support/axe';
import { sizeFrame } from './support/embedFrames';
import { checkEmbedOffer, checkEmbedPage } from './support/embedOffer';

const HOST = `http://localhost:${HOST_PORT}`;
const SITE = `http://localhost:${PREVIEW_PORT}`;
/** The claim whose card quotes the most statements: the tallest card, the hardest to size. */
const CLAIM = claims()
  .map((claim) => ({ claim, quoted: Object.values(claim.responses).reduce((n, response) => n + (response.statements?.length ?? 0) + (response.nearest?.length ?? 0), 0) }))
  .sort((a, b) => b.quoted - a.quoted || a.claim.number - b.claim.number)[0]!.claim;
const ARTICLE = `${HOST}/article?page=/claims/${CLAIM.slug}/&page=/timeline/`;
const NAMES = embedNames(story().slug);
const TYPE = NAMES.messageType;
const EMBED_FALLBACK_ATTRIBUTE = NAMES.fallbackAttribute;

async function embedFrames(page: Page): Promise<Array<{ name: string; handle: ElementHandle<HTMLIFrameElement>; frame: Frame }>> {
  const handles = (await page.locator(`iframe[${NAMES.attribute}]`).elementHandles()) as Array<ElementHandle<HTMLIFrameElement>>;
  return Promise.all(handles.map(async (handle) => ({ name: (await handle.getAttribute(NAMES.attribute))!, handle, frame: (await handle.contentFrame())! })));
}

/** Each iframe as tall as its content (within 3 px), with nothing to scroll inside. */
async function expectFramesFitContent(page: Page) {
  for (const { name, handle, frame } of await embedFrames(page)) {
    const sized = await sizeFrame(handle, frame, { tolerance: 3 });
    expect(Math.abs(sized.frameHeight - sized.content), `${name}: iframe height ${sized.frameHeight} vs content height ${sized.content}`).toBeLessThanOrEqual(3);
    expect(sized.scroll, `${name} has an inner scrollbar`).toBeLessThanOrEqual(1);
    expect(sized.settled, `${name}: the frame's viewport settled to the iframe's width and the card's height`).toBe(true);
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
      // The host confirms the height it applied, and the card then drops its own scrollbar for good.
      for (const { name, frame } of frames) {
        await expect
          .poll(() => frame.evaluate(() => document.documentElement.hasAttribute('data-host-sized')), {
            message: `${name}: the host confirmed its height, so the card dropped its own scrollbar`,
            timeout: 10_000,
          })
          .toBe(true);
      }
      // The link-only fallback before each frame gives way once the frame has reported.
      // embed.js hides it in the same step as it sizes the frame, so once both frames fit, both are hidden.
      const fallbacksShown = await page.locator(`blockquote[${EMBED_FALLBACK_ATTRIBUTE}]`).evaluateAll((quotes) =>
        quotes.map((quote) => {
          const box = quote.getBoundingClientRect();
          return quote.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
        }),
      );
      expect(fallbacksShown, 'each of the two fallbacks, shown').toEqual([false, false]);
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
    const iframe = page.locator(`iframe[${NAMES.attribute}="claim:${CLAIM.slug}"]`);
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
    await expect(page.locator(`blockquote[${EMBED_FALLBACK_ATTRIBUTE}="claim:${CLAIM.slug}"]`).getByRole('link')).toHaveAttribute('href', `${SITE}/claims/${CLAIM.slug}/`);
    const timeline = page.locator(`iframe[${NAMES.attribute}="timeline"]`);
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
    // Rendering pauses in a cross-origin frame out of view: bring the frame into view first.
    await timeline.scrollIntoViewIfNeeded();
    await frame.locator('.embed-root a').last().scrollIntoViewIfNeeded();
    await expect(frame.locator('.embed-root a').last()).toBeInViewport();
  });
});

// Every claim page's offer and its card are checked in the claim's visit (claims.spec.ts, with
// support/embedOffer.ts); the timeline's here.
test('the timeline offers the snippet, a preview and oEmbed discovery; its embed page names the timeline as canonical; no embed page is in the sitemap', async ({ page, request }) => {
  await test.step('the sitemap lists no embed page', async () => {
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).not.toContain('/embed/');
  });
  await page.goto('/timeline/');
  const snippet = await checkEmbedOffer(page, request, '/timeline/');
  await page.goto('/embed/timeline/');
  await checkEmbedPage(page, '/embed/timeline/', '/timeline/', snippet);
});

test('embed pages work without JavaScript (all but the height messages)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/embed/claims/${CLAIM.slug}/`);
  await expect(page.locator('h1')).toHaveText(`Claim: “${CLAIM.claim}”`);
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
      expect(await axeViolations(page), `${path} ${theme}`).toEqual([]);
    }
  }
});

/** A WordPress post with every claim's link pasted on its own line, and the timeline's. */
const WORDPRESS_POST = `${HOST}/wordpress?${[...claims().map((claim) => `page=/claims/${claim.slug}/`), 'page=/timeline/'].join('&')}`;
const WP_HEIGHT_MAX = 1000; // wp-embed.js clamps every height to 200–1000 px

async function wordPressFrames(page: Page) {
  const iframes = page.locator('iframe.wp-embedded-content');
  await expect(iframes.first()).toBeAttached();
  // One read of every frame's attributes, and the frames' handles alongside (the same query, the same order).
  const [attributes, handles] = await Promise.all([
    iframes.evaluateAll((els) => els.map((el) => ({ src: el.getAttribute('src')!, sandbox: el.getAttribute('sandbox') }))),
    iframes.elementHandles() as Promise<Array<ElementHandle<HTMLIFrameElement>>>,
  ]);
  const frames = await Promise.all(handles.map((handle) => handle.contentFrame()));
  expect(handles, 'the same frames in both reads').toHaveLength(attributes.length);
  return attributes.map(({ src, sandbox }, index) => ({ src, sandbox, path: new URL(src).pathname, handle: handles[index]!, frame: frames[index]! }));
}

/**
 * Waits for wp-embed.js to show a frame it keeps clipped until the card has answered. The frame is
 * brought into view first, as a reader would scroll to it: browsers may hold back a cross-origin frame
 * out of view. The card's answer is a cross-origin load, which on a machine busy with builds has taken
 * longer than 10 s: the budget bounds a frame that never shows, it is not a timing under test.
 */
async function frameShown(handle: ElementHandle<HTMLIFrameElement>) {
  await handle.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  await expect.poll(() => handle.getAttribute('style'), { message: 'wp-embed.js shows the frame once the card has answered', timeout: 30_000 }).toBeNull();
}

test.describe('pasted as a link into WordPress: its sanitiser, its sandbox and its own wp-embed.js', () => {
  // One post, loaded once on a phone (the first load, the path most readers take) and then turned and
  // widened to a desktop window: each width's heights are checked as they settle. Three loads of 28
  // cross-origin frames, one per width, cost 9 core-seconds each; a resize re-sizes every frame through
  // the same message, and adds the path a rotating phone or a widening window takes.
  test('at 320 px, then turned to 390 px and widened to 1280 px, every frame takes its card\'s content height, and the fallback gives way', async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.goto(WORDPRESS_POST);
    const frames = await wordPressFrames(page);
    expect(frames.map((f) => f.path).sort()).toEqual([...claims().map((claim) => `/embed/claims/${claim.slug}/`), '/embed/timeline/'].sort());
    for (const { src, sandbox, path } of frames) {
      // The frame runs as WordPress leaves it: scripts only, an opaque origin, no way to navigate its parent.
      expect(sandbox, `${path}: sandbox`).toBe('allow-scripts');
      expect(src).toMatch(/#\?secret=[A-Za-z0-9]{10}$/);
    }
    const measured: string[] = [];
    for (const width of [320, 390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const { src, path, handle, frame } of frames) {
        // wp-embed.js never answers the card, so the frame's own viewport, resized by the host, says when it is done.
        const sized = await sizeFrame(handle, frame, { cap: WP_HEIGHT_MAX });
        const where = `${path} at ${width} px`;
        expect(sized.origin, `${where} runs with an opaque origin`).toBe('null');
        expect(sized.frameHeight - Math.min(Math.ceil(sized.content), WP_HEIGHT_MAX), `${where}: frame height minus content height`).toBe(0);
        expect(sized.settled, `${where}: the frame's viewport settled to the iframe's width and the card's height`).toBe(true);
        measured.push(`${where}: frame ${sized.frameHeight} content ${sized.content.toFixed(1)} width ${sized.frameWidth}`);
        if (path.startsWith('/embed/claims/')) {
          expect(sized.content, `${where}: a claim card fits WordPress's ${WP_HEIGHT_MAX} px cap`).toBeLessThanOrEqual(WP_HEIGHT_MAX);
          expect(sized.scroll, `${where} has an inner scrollbar`).toBeLessThanOrEqual(0);
        }
        // wp-embed.js shows the frame (it was clipped off screen) and hides the link-only fallback, in the
        // step that sized it: this passes on its first read, and polls only should a host split the two.
        const secret = new URL(src).hash.replace('#?secret=', '');
        await expect
          .poll(
            () =>
              handle.evaluate((el, secret) => ({
                style: el.getAttribute('style'),
                fallbackShown: [...document.querySelectorAll(`blockquote[data-secret="${secret}"]`)].some((quote) => {
                  const box = quote.getBoundingClientRect();
                  return quote.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
                }),
              }), secret),
            { message: `${where}: wp-embed.js shows the frame and hides its fallback` },
          )
          .toEqual({ style: null, fallbackShown: false });
      }
    }
    test.info().annotations.push({ type: 'heights', description: measured.join('\n') });
  });

  test('"Read the full fact-check" opens the claim in the top window after a click', async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${HOST}/wordpress?page=/claims/${CLAIM.slug}/`);
    const { frame, handle } = (await wordPressFrames(page))[0]!;
    await frameShown(handle);
    await frame.getByRole('link', { name: 'Read the full fact-check' }).click();
    await expect(page).toHaveURL(`${SITE}/claims/${CLAIM.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CLAIM.claim);
  });

  test('messages with a wrong secret or from another frame change nothing, on either side', async ({ page }) => {
    // The message protocol is the same code whatever the story, and the test waits 5 s for the card's
    // last re-send: checked on the published story only.
    test.skip(STORY_PROJECT !== 'chromium', 'story-independent: checked on the published story');
    test.setTimeout(60_000);
    await page.goto(`${HOST}/wordpress?page=/claims/${CLAIM.slug}/`);
    const { frame, handle, src } = (await wordPressFrames(page))[0]!;
    const secret = new URL(src).hash.replace('#?secret=', '');
    await frameShown(handle);
    // The card re-sends its height 1, 2.5 and 5 s after its script ran (reportHeight.ts), for a host that
    // missed it; past those, any message it sends is an answer to one of the messages below. A timer the
    // frame sets now for 5 s falls due after all of them, and timers run in the order they fall due, however
    // late a busy machine or a frame out of view runs them (a clock in the frame, 6 s from its start, once
    // read a re-send that came later, its script having started late).
    await frame.evaluate(() => new Promise((resolve) => window.setTimeout(resolve, 5_000)));
    const before = await handle.getAttribute('height');
    // Record every height WordPress sets from here on, and every WordPress message the card sends.
    await handle.evaluate((el) => {
      const w = window as unknown as { __heights: string[]; __sent: unknown[] };
      w.__heights = [];
      w.__sent = [];
      new MutationObserver(() => w.__heights.push(el.getAttribute('height')!)).observe(el, { attributes: true, attributeFilter: ['height'] });
      window.addEventListener('message', (event) => {
        if (event.source === (el as HTMLIFrameElement).contentWindow && event.data?.message) w.__sent.push(event.data);
      });
    });
    // Another frame on the page, as an ad or a second embed would be; it has run once it has loaded.
    const fromOtherFrame = (script: string) =>
      page.evaluate(
        (code) =>
          new Promise<void>((resolve) => {
            const other = document.createElement('iframe');
            other.sandbox.add('allow-scripts');
            other.srcdoc = `<script>${code}<\/script>`;
            other.addEventListener('load', () => resolve());
            document.body.append(other);
          }),
        script,
      );
    // To the card: "ready" with a wrong secret or none from the host, and with the right secret from another frame.
    await page.evaluate(() => {
      const card = document.querySelector<HTMLIFrameElement>('iframe.wp-embedded-content')!.contentWindow!;
      card.postMessage({ message: 'ready', secret: 'wrongsecre' }, '*');
      card.postMessage({ message: 'ready' }, '*');
    });
    await fromOtherFrame(`parent.frames[0].postMessage({ message: 'ready', secret: '${secret}' }, '*')`);
    // To WordPress: a height with a wrong secret from the card, and with the right secret from another frame.
    await frame.evaluate(() => parent.postMessage({ message: 'height', value: 321, secret: 'wrongsecre' }, '*'));
    await fromOtherFrame(`parent.postMessage({ message: 'height', value: 432, secret: '${secret}' }, '*')`);
    // Last, the real thing: once "ready" with the right secret has been answered, everything before it has been handled.
    await page.evaluate(([right]) => document.querySelector<HTMLIFrameElement>('iframe.wp-embedded-content')!.contentWindow!.postMessage({ message: 'ready', secret: right }, '*'), [secret]);
    // Wait for the card's answer itself: the wrong-secret message sent from inside the card is recorded too, earlier.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __sent: Array<{ secret?: string }> }).__sent.filter((m) => m.secret !== 'wrongsecre').length)).toBeGreaterThan(0);
    // Leave out the wrong-secret message this test sent from inside the card.
    const sent = (await page.evaluate(() => (window as unknown as { __sent: Array<{ secret?: string }> }).__sent)).filter((m) => m.secret !== 'wrongsecre');
    expect(sent, 'the card answers only the right "ready", with its height').toEqual([{ message: 'height', value: Number(before), secret }]);
    // WordPress sets the height again from the card's one valid answer, and never 321 or 432.
    expect(await page.evaluate(() => (window as unknown as { __heights: string[] }).__heights), 'heights WordPress set').toEqual([before]);
    expect(await handle.getAttribute('height')).toBe(before);
  });
});
