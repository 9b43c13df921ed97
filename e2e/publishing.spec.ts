import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { test, expect } from './support/fixtures';
import { EDITIONS, barePath, builtPages, DIST, editionOf } from './support/pages';
import { claims, ratings, sources } from './support/content';
import { PREVIEW_PORT } from '../playwright.config';
import { ruleMatches } from '../src/lib/headers.ts';

const PAGES = builtPages();
const ORIGIN = `http://localhost:${PREVIEW_PORT}`;
const SOURCE_BY_ID = new Map(sources().map((s) => [s.id, s]));
const RATINGS = ratings();
// The parties as written in the content, for the name each claim's author is credited by.
const PARTIES = new Map(
  (yaml.load(readFileSync(new URL('../src/content/parties.yaml', import.meta.url), 'utf8')) as Array<{ id: string; name: string; authorName?: string }>).map((p) => [p.id, p]),
);

test.describe('ClaimReview structured data', () => {
  for (const claim of claims()) {
    test(`claim ${claim.number} carries one ClaimReview that matches the content`, async ({ page }) => {
      await page.goto(`/claims/${claim.slug}/`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const reviews = blocks.map((text) => JSON.parse(text)).filter((data) => data['@type'] === 'ClaimReview');
      expect(reviews).toHaveLength(1);
      const review = reviews[0];
      const rating = RATINGS.find((r) => r.id === claim.rating)!;
      expect(review['@context']).toBe('https://schema.org');
      const { shortForm, madeBy } = claim as unknown as { shortForm: string; madeBy: string };
      // Google recommends at most 75 characters; the short form is written by hand, never cut.
      expect(review.claimReviewed).toBe(shortForm);
      expect(review.claimReviewed.length).toBeLessThanOrEqual(75);
      expect(review.url).toBe(`${ORIGIN}/claims/${claim.slug}/`);
      expect(review.inLanguage).toBe('en');
      expect(review.datePublished).toBe((claim as unknown as { published: string }).published);
      expect(review.author).toMatchObject({ '@type': 'Organization' });
      expect(review.author.name).toBeTruthy();
      expect(review.reviewRating).toMatchObject({
        '@type': 'Rating',
        name: rating.label,
        alternateName: rating.label,
        ratingValue: rating.value,
        bestRating: Math.max(...RATINGS.map((r) => r.value)),
        worstRating: Math.min(...RATINGS.map((r) => r.value)),
      });
      const item = review.itemReviewed;
      expect(item['@type']).toBe('Claim');
      // A name, not a description of the party ("The article under review …"), with any doubt kept.
      const party = PARTIES.get(madeBy)!;
      expect(item.author).toEqual({ '@type': 'Organization', name: party.authorName ?? party.name });
      expect(item.author.name).not.toMatch(/under review/i);
      const appearances = (claim as unknown as { appearances: Array<{ source?: string; date?: string }> }).appearances;
      const firstDated = appearances.find((a) => a.date);
      if (firstDated) expect(item.datePublished).toBe(firstDated.date);
      expect(item.appearance.map((a: { url: string }) => a.url)).toEqual(appearances.filter((a) => a.source).map((a) => SOURCE_BY_ID.get(a.source!)!.url));
    });
  }
});

test('the methodology page states the numeric scale that ClaimReview uses', async ({ page }) => {
  await page.goto('/methodology/');
  for (const rating of RATINGS) await expect(page.locator(`#rating-${rating.id}`)).toContainText(`${rating.value} of ${Math.max(...RATINGS.map((r) => r.value))}`);
});

for (const path of PAGES.filter((p) => !barePath(p).startsWith('/404'))) {
  test(`${path} has its title, description, canonical URL, social tags, language, favicon, feed link and its other editions`, async ({ page }) => {
    await page.goto(path);
    const title = await page.title();
    expect(title.length).toBeGreaterThan(5);
    const meta = async (selector: string) => page.locator(selector).getAttribute('content');
    expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(20);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const locale = editionOf(path);
    const prefix = EDITIONS.find((e) => e.locale === locale)!.prefix;
    const bare = barePath(path);
    const bareCanonical = bare.startsWith('/embed/claims/') ? bare.replace('/embed/', '/') : bare === '/embed/timeline/' ? '/timeline/' : bare;
    const expectedCanonical = `${prefix}${bareCanonical}`;
    expect(canonical).toBe(`${ORIGIN}${expectedCanonical}`);
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(await meta('meta[property="og:image"]')).toMatch(/^http.*\.png$/);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/favicon.svg');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', `${prefix}/feed.xml`);
    // hreflang both ways: every edition of the page (an embed: of its full page), English as x-default, each one built.
    for (const edition of EDITIONS) {
      const href = `${ORIGIN}${edition.prefix}${bareCanonical}`;
      await expect(page.locator(`link[rel="alternate"][hreflang="${edition.locale}"]`)).toHaveAttribute('href', href);
      expect(PAGES, `the ${edition.locale} edition of ${path}`).toContain(`${edition.prefix}${bareCanonical}`);
    }
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${ORIGIN}${bareCanonical}`);
  });
}

test('page titles are unique', async () => {
  const titles = PAGES.map((path) => /<title>([^<]*)<\/title>/.exec(readFileSync(`${DIST}${path.endsWith('/') ? `${path}index.html` : path}`, 'utf8'))![1]);
  const embedless = titles.filter((_, i) => !barePath(PAGES[i]!).startsWith('/embed/'));
  expect(new Set(embedless).size).toBe(embedless.length);
});

test('the share image, robots.txt and the sitemap are published', async ({ request }) => {
  const image = await request.get('/og/site.png');
  expect(image.headers()['content-type']).toContain('image/png');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  expect(robots).toContain('Disallow: /embed/');
  expect(robots).toContain('Disallow: /nl/embed/');
  expect(robots).toContain('Disallow: /nl/review/');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  // Both editions, each page with its other edition named (xhtml:link hreflang).
  for (const { prefix } of EDITIONS) {
    for (const claim of claims()) expect(sitemap).toContain(`${ORIGIN}${prefix}/claims/${claim.slug}/`);
    for (const path of ['/', '/timeline/', '/methodology/', '/sources/', '/statements/']) expect(sitemap).toContain(`<loc>${ORIGIN}${prefix}${path}</loc>`);
  }
  expect(sitemap).toContain(`hreflang="nl" href="${ORIGIN}/nl/claims/${claims()[0]!.slug}/"`);
});

test('the Atom feed lists every claim’s log entries, newest first, each linking to its claim', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  const updated = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
  const expected = claims().reduce((n, claim) => n + 1 + ((claim as unknown as { updates: unknown[] }).updates?.length ?? 0), 0);
  expect(updated).toHaveLength(expected);
  expect([...updated].sort().reverse()).toEqual(updated);
  for (const claim of claims()) expect(feed).toContain(`href="${ORIGIN}/claims/${claim.slug}/"`);
});

test('claims.json holds every claim with its rating, responses, statements and sources', async ({ request }) => {
  const data = await (await request.get('/claims.json')).json();
  expect(data.claims.map((c: { slug: string }) => c.slug)).toEqual(claims().map((c) => c.slug));
  for (const [index, claim] of claims().entries()) {
    const record = data.claims[index];
    expect(record.rating.id).toBe(claim.rating);
    expect(record.responses.kpn.stance).toBe(claim.responses.kpn.stance);
    expect(record.responses.huawei.stance).toBe(claim.responses.huawei.stance);
    for (const id of [...(claim.responses.kpn.statements ?? []), ...(claim.responses.huawei.statements ?? [])]) {
      expect(data.statements.some((s: { id: string }) => s.id === id), id).toBe(true);
    }
    for (const id of claim.sources) expect(data.sources.some((s: { id: string; url: string }) => s.id === id && s.url === SOURCE_BY_ID.get(id)!.url)).toBe(true);
  }
});

test.describe('Content Security Policy', () => {
  for (const path of PAGES) {
    test(`${path} loads under a strict CSP with no violation and only its own origin`, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.addInitScript(() => {
        (window as unknown as { __csp: string[] }).__csp = [];
        document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(path, { waitUntil: 'load' });
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src [^;]*'self'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      const foreign = requests.filter((url) => !url.startsWith(ORIGIN) && !url.startsWith('data:'));
      expect(foreign, 'requests to other origins').toEqual([]);
    });
  }
});

test.describe('headers for static hosts (dist/_headers)', () => {
  const text = readFileSync(`${DIST}_headers`, 'utf8');
  const rules = text.split(/\n\s*\n/).map((block) => block.split('\n').filter((line) => line && !line.startsWith('#'))).filter((lines) => lines.length > 0)
    .map(([path, ...lines]) => ({ path: path!.trim(), headers: Object.fromEntries(lines.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string])) }));
  const headersFor = (path: string) =>
    Object.assign({}, ...rules.filter((rule) => ruleMatches(rule.path, path)).map((rule) => rule.headers)) as Record<string, string>;

  test('every page gets HSTS, nosniff and a referrer policy', () => {
    for (const path of PAGES) {
      const headers = headersFor(path);
      expect(headers['Strict-Transport-Security'], path).toMatch(/max-age=\d{7,}/);
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
      expect(headers['Referrer-Policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });

  test('pages may be framed by nobody, every embed route by anybody', () => {
    for (const path of PAGES) {
      const headers = headersFor(path);
      if (barePath(path).startsWith('/embed/')) {
        expect(headers['Content-Security-Policy'], path).toContain('frame-ancestors *');
        expect(headers['X-Frame-Options'], path).toBeUndefined();
      } else {
        expect(headers['Content-Security-Policy'], path).toContain("frame-ancestors 'none'");
        expect(headers['X-Frame-Options'], path).toBe('DENY');
      }
      expect(headers['Content-Security-Policy'], path).not.toContain('unsafe-inline');
    }
  });

  test('HTML is cached briefly, hashed assets for a year', () => {
    for (const path of PAGES) expect(headersFor(path)['Cache-Control'], path).toMatch(/max-age=(\d{1,3}|[1-9]\d{3})\b/);
    expect(headersFor('/_astro/index.abc123.js')['Cache-Control']).toContain('immutable');
    expect(headersFor('/_astro/index.abc123.js')['Cache-Control']).toContain('max-age=31536000');
  });
});
