import type { Frame, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { claims } from './support/content';
import { HOST_PORT, PREVIEW_PORT } from '../playwright.config';
import { embedNames } from '../src/lib/embed/names';
import { story } from './support/story';
import { axeViolations } from './support/axe';

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

async function embedFrames(page: Page): Promise<Array<{ name: string; frame: Frame }>> {
  const handles = await page.locator(`iframe[${NAMES.attribute}]`).elementHandles();
  return Promise.all(handles.map(async (handle) => ({ name: (await handle.getAttribute(NAMES.attribute))!, frame: (await handle.contentFrame())! })));
}

/** Each iframe as tall as its content (within 3 px), with nothing to scroll inside. */
async function expectFramesFitContent(page: Page) {
  for (const { name, frame } of await embedFrames(page)) {
    // Browsers pause rendering in cross-origin frames out of view: a frame below the fold reports
    // its new height when the reader scrolls to it (IntersectionObserver), as here.
    await page.locator(`iframe[${NAMES.attribute}="${name}"]`).scrollIntoViewIfNeeded();
    await expect
      .poll(async () => {
        const iframeHeight = await page.locator(`iframe[${NAMES.attribute}="${name}"]`).evaluate((el) => el.getBoundingClientRect().height);
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
      // The link-only fallback before each frame gives way once the frame has reported.
      const fallbacks = page.locator(`blockquote[${EMBED_FALLBACK_ATTRIBUTE}]`);
      await expect(fallbacks).toHaveCount(2);
      for (const fallback of await fallbacks.all()) await expect(fallback).toBeHidden();
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

test('every claim card fits its snippet’s fixed height at 600 px wide', async ({ page }) => {
  test.setTimeout(90_000);
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
    const [fallback, iframe, script, ...rest] = snippet.split('\n');
    expect(rest).toEqual([]);
    expect(fallback).toMatch(new RegExp(`^<blockquote ${EMBED_FALLBACK_ATTRIBUTE}="[^"]+"><a href="${SITE}${path}">[^<]+</a></blockquote>$`));
    expect(iframe).toMatch(new RegExp(`^<iframe src="http[^"]+/embed/[^"]+" title="[^"]+" width="600" height="\\d+" frameborder="0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation" referrerpolicy="strict-origin-when-cross-origin" ${NAMES.attribute}="[^"]+" style="[^"]+"><\\/iframe>$`));
    expect(script).toBe(`<script src="${SITE}/embed.js" async></script>`);
    // The preview is on this page's own origin: its sandbox must not let it lift itself.
    const preview = section.locator('iframe');
    await expect(preview).toHaveAttribute('src', /\/embed\//);
    await expect(preview).toHaveAttribute('width', /^\d+$/);
    expect((await preview.getAttribute('sandbox'))!.split(' ')).not.toContain('allow-same-origin');
    const oembedHref = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    const oembed = await (await request.get(new URL(oembedHref!).pathname)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', html: snippet });
    // The JSON's width and height are the ones its iframe declares (static files cannot honour maxwidth).
    expect(oembed.width).toBe(Number(/ width="(\d+)"/.exec(iframe!)![1]));
    expect(oembed.height).toBe(Number(/ height="(\d+)"/.exec(iframe!)![1]));
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
    await expect(page.locator('h1'), 'the card labels and quotes the claim, never prints it bare').toHaveText(`Claim: “${claim.claim}”`);
  }
  await page.goto('/embed/timeline/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/timeline\/$/);
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
  return Promise.all(
    (await iframes.all()).map(async (handle) => {
      const src = (await handle.getAttribute('src'))!;
      return { src, path: new URL(src).pathname, handle, frame: (await (await handle.elementHandle())!.contentFrame())! };
    }),
  );
}

test.describe('pasted as a link into WordPress: its sanitiser, its sandbox and its own wp-embed.js', () => {
  for (const width of [320, 390, 1280]) {
    test(`at ${width} px every frame takes its card's content height, and the fallback gives way`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(WORDPRESS_POST);
      const frames = await wordPressFrames(page);
      expect(frames.map((f) => f.path).sort()).toEqual([...claims().map((claim) => `/embed/claims/${claim.slug}/`), '/embed/timeline/'].sort());
      const measured: string[] = [];
      for (const { src, path, handle, frame } of frames) {
        // The frame runs as WordPress leaves it: scripts only, an opaque origin, no way to navigate its parent.
        expect(await handle.getAttribute('sandbox')).toBe('allow-scripts');
        expect(src).toMatch(/#\?secret=[A-Za-z0-9]{10}$/);
        expect(await frame.evaluate(() => self.origin), `${path} runs with an opaque origin`).toBe('null');
        // Browsers pause rendering in cross-origin frames out of view (no ResizeObserver, no animation
        // frames): a frame below the fold sizes itself when the reader scrolls to it, as here.
        await handle.scrollIntoViewIfNeeded();
        await expect.poll(async () => {
          const frameHeight = await handle.evaluate((el) => el.getBoundingClientRect().height);
          const content = await frame.locator('.embed-root').evaluate((el) => el.getBoundingClientRect().height);
          return frameHeight - Math.min(Math.ceil(content), WP_HEIGHT_MAX);
        }, { message: `${path}: frame height minus content height`, timeout: 10_000 }).toBe(0);
        const frameHeight = await handle.evaluate((el) => el.getBoundingClientRect().height);
        const content = await frame.locator('.embed-root').evaluate((el) => el.getBoundingClientRect().height);
        measured.push(`${path} frame ${frameHeight} content ${content.toFixed(1)} width ${await handle.evaluate((el) => el.getBoundingClientRect().width)}`);
        if (path.startsWith('/embed/claims/')) {
          expect(content, `${path}: a claim card fits WordPress's ${WP_HEIGHT_MAX} px cap`).toBeLessThanOrEqual(WP_HEIGHT_MAX);
          const scroll = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
          expect(scroll, `${path} has an inner scrollbar`).toBeLessThanOrEqual(0);
        }
        // wp-embed.js shows the frame (it was clipped off screen) and hides the link-only fallback.
        await expect.poll(() => handle.getAttribute('style')).toBeNull();
        const secret = new URL(src).hash.replace('#?secret=', '');
        await expect(page.locator(`blockquote[data-secret="${secret}"]`)).toBeHidden();
      }
      test.info().annotations.push({ type: 'heights', description: measured.join('\n') });
    });
  }

  test('"Read the full fact-check" opens the claim in the top window after a click', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(`${HOST}/wordpress?page=/claims/${CLAIM.slug}/`);
    const { frame, handle } = (await wordPressFrames(page))[0]!;
    // The frame shows once its card has loaded and answered: a load, not a moment, so the budget of the sizing test above.
    await expect.poll(() => handle.getAttribute('style'), { timeout: 10_000 }).toBeNull();
    await frame.getByRole('link', { name: 'Read the full fact-check' }).click();
    await expect(page).toHaveURL(`${SITE}/claims/${CLAIM.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(CLAIM.claim);
  });

  test('messages with a wrong secret or from another frame change nothing, on either side', async ({ page }) => {
    await page.goto(`${HOST}/wordpress?page=/claims/${CLAIM.slug}/`);
    const { frame, handle, src } = (await wordPressFrames(page))[0]!;
    const secret = new URL(src).hash.replace('#?secret=', '');
    await expect.poll(() => handle.getAttribute('style'), { timeout: 10_000 }).toBeNull();
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
