/**
 * What a page that offers an embed must hold, and what its embed page must be: checked for every claim
 * in its visit (claims.spec.ts) and for the timeline in embed.spec.ts, on pages those tests load anyway.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { story } from './story';
import { embedNames } from '../../src/lib/embed/names';
import { PREVIEW_PORT } from '../../playwright.config';

const SITE = `http://localhost:${PREVIEW_PORT}`;
const NAMES = embedNames(story().slug);
/** The width the snippet's iframe declares, at which its card must fit the snippet's fixed height. */
export const SNIPPET_WIDTH = 600;

/**
 * The page at `path` offers the embed: a labelled snippet of three lines (a fallback link, the iframe,
 * the script), a sandboxed preview on the page's own origin, and oEmbed discovery whose JSON carries
 * the same snippet and size. Returns the snippet.
 */
export async function checkEmbedOffer(page: Page, request: APIRequestContext, path: string): Promise<string> {
  // The section is found by its role and name, as a reader's tools find it; the rest is read in one go.
  const offered = await page.getByRole('region', { name: 'Embed this' }).evaluate((section) => {
    const code = section.querySelector('textarea');
    const preview = section.querySelector('iframe');
    return {
      codeLabel: code ? [...code.labels].map((label) => label.textContent ?? '').join(' ') || code.getAttribute('aria-label') : null,
      snippet: code?.value ?? null,
      previews: section.querySelectorAll('iframe').length,
      previewSrc: preview?.getAttribute('src') ?? null,
      previewWidth: preview?.getAttribute('width') ?? null,
      previewSandbox: preview?.getAttribute('sandbox') ?? null,
      oembedHrefs: [...document.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]')].map((link) => link.getAttribute('href')),
    };
  });
  expect(offered.codeLabel, `${path}: the snippet's box is labelled`).toMatch(/embed code/i);
  const snippet = offered.snippet!;
  const [fallback, iframe, script, ...rest] = snippet.split('\n');
  expect(rest, `${path}: three lines`).toEqual([]);
  expect(fallback, `${path}: fallback line`).toMatch(new RegExp(`^<blockquote ${NAMES.fallbackAttribute}="[^"]+"><a href="${SITE}${path}">[^<]+</a></blockquote>$`));
  expect(iframe, `${path}: iframe line`).toMatch(new RegExp(`^<iframe src="http[^"]+/embed/[^"]+" title="[^"]+" width="${SNIPPET_WIDTH}" height="\\d+" frameborder="0" loading="lazy" sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation" referrerpolicy="strict-origin-when-cross-origin" ${NAMES.attribute}="[^"]+" style="[^"]+"><\\/iframe>$`));
  expect(script, `${path}: script line`).toBe(`<script src="${SITE}/embed.js" async></script>`);
  // The preview is on this page's own origin: its sandbox must not let it lift itself.
  expect(offered.previews, `${path}: one preview`).toBe(1);
  expect(offered.previewSrc, `${path}: preview src`).toMatch(/\/embed\//);
  expect(offered.previewWidth, `${path}: preview width`).toMatch(/^\d+$/);
  expect(offered.previewSandbox!.split(' '), `${path}: preview sandbox`).not.toContain('allow-same-origin');
  expect(offered.oembedHrefs, `${path}: one oEmbed discovery link`).toHaveLength(1);
  const oembed = await (await request.get(new URL(offered.oembedHrefs[0]!).pathname)).json();
  expect(oembed, `${path}: oEmbed JSON`).toMatchObject({ version: '1.0', type: 'rich', html: snippet });
  // The JSON's width and height are the ones its iframe declares (static files cannot honour maxwidth).
  expect(oembed.width, `${path}: oEmbed width`).toBe(Number(/ width="(\d+)"/.exec(iframe!)![1]));
  expect(oembed.height, `${path}: oEmbed height`).toBe(Number(/ height="(\d+)"/.exec(iframe!)![1]));
  expect(oembed.provider_name, `${path}: oEmbed provider`).toBeTruthy();
  expect(oembed.author_name, `${path}: oEmbed author`).toBeTruthy();
  return snippet;
}

/**
 * The embed page now loaded (`embed`) names its full page (`path`) as canonical; a claim's card, at the
 * snippet's width, fits the snippet's fixed height and labels and quotes the claim, never prints it bare.
 */
export async function checkEmbedPage(page: Page, embed: string, path: string, snippet: string, claim?: { slug: string; claim: string }): Promise<void> {
  await page.setViewportSize({ width: SNIPPET_WIDTH, height: 900 });
  const card = await page.evaluate(() => ({
    content: document.querySelector('.embed-root')?.getBoundingClientRect().height ?? null,
    canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href')),
    headings: [...document.querySelectorAll('h1')].map((h1) => (h1.textContent ?? '').replace(/\u200b/g, '').replace(/\s+/g, ' ').trim()),
  }));
  expect(card.canonicals, `${embed}: canonical`).toEqual([expect.stringMatching(new RegExp(`${path}$`))]);
  if (claim) {
    const fixed = Number(/height="(\d+)"/.exec(snippet)![1]);
    expect(card.content, `${claim.slug}: content ${card.content}px in a ${fixed}px frame`).toBeLessThanOrEqual(fixed);
    expect(card.headings, `${embed}: the card labels and quotes the claim, never prints it bare`).toEqual([`Claim: “${claim.claim}”`]);
  }
}
