import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { test, expect } from './support/fixtures';
import { EDITIONS, barePath, builtPages, DIST } from './support/pages';
import { claims, ratings, sources } from './support/content';
import { PREVIEW_PORT } from '../playwright.config';

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
    // Structured data is markup a crawler reads without rendering: the served HTML, no browser page.
    test(`claim ${claim.number} carries one ClaimReview that matches the content`, async ({ request }) => {
      const html = await (await request.get(`/claims/${claim.slug}/`)).text();
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
      const reviews = blocks.map((text) => JSON.parse(text)).filter((data) => data['@type'] === 'ClaimReview');
      expect(reviews, `/claims/${claim.slug}/: ClaimReview blocks`).toHaveLength(1);
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

// That every page loads under its CSP with no violation and only its own origin, and that its head
// carries what search engines and social cards read, is checked by the page walk (everyPage.spec.ts),
// in the one navigation it makes to each page.

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

test('the Atom feed is well-formed XML that lists every claim’s log entries, newest first, each linking to its claim', async ({ request, page }) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toMatch(/xml/);
  const feed = await response.text();
  expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n'), 'the XML declaration comes first').toBe(true);
  // Parsed by the browser's XML parser, which refuses what is not well-formed (it returns a parsererror document).
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const ATOM = 'http://www.w3.org/2005/Atom';
    const child = (parent: Element, name: string) => [...parent.children].find((element) => element.namespaceURI === ATOM && element.localName === name);
    const entries = [...doc.documentElement.children].filter((element) => element.namespaceURI === ATOM && element.localName === 'entry');
    return {
      errors: [...doc.getElementsByTagName('parsererror')].map((element) => element.textContent ?? ''),
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      entries: entries.map((entry) => ({
        id: child(entry, 'id')?.textContent ?? '',
        updated: child(entry, 'updated')?.textContent ?? '',
        link: child(entry, 'link')?.getAttribute('href') ?? '',
        title: child(entry, 'title')?.textContent ?? '',
      })),
    };
  }, feed);
  expect(parsed.errors).toEqual([]);
  expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
  const expected = claims().reduce((n, claim) => n + 1 + ((claim as unknown as { updates: unknown[] }).updates?.length ?? 0), 0);
  expect(parsed.entries).toHaveLength(expected);
  const updated = parsed.entries.map((entry) => entry.updated);
  for (const date of updated) expect(Number.isNaN(Date.parse(date)), date).toBe(false);
  expect([...updated].sort().reverse()).toEqual(updated);
  expect(new Set(parsed.entries.map((entry) => entry.id)).size, 'entry ids are unique').toBe(expected);
  for (const entry of parsed.entries) expect(entry.title.length, entry.id).toBeGreaterThan(0);
  const links = new Set(parsed.entries.map((entry) => entry.link));
  for (const claim of claims()) expect(links.has(`${ORIGIN}/claims/${claim.slug}/`), claim.slug).toBe(true);
});

test('claims.json holds every claim with its rating, responses, statements and sources', async ({ request }) => {
  const data = await (await request.get('/claims.json')).json();
  expect(data.claims.map((c: { slug: string }) => c.slug)).toEqual(claims().map((c) => c.slug));
  for (const [index, claim] of claims().entries()) {
    const record = data.claims[index];
    expect(record.rating.id).toBe(claim.rating);
    // One response per respondent, keyed by party id as in the content.
    expect(Object.keys(record.responses).sort()).toEqual(Object.keys(claim.responses).sort());
    for (const [party, response] of Object.entries(claim.responses)) expect(record.responses[party].stance, `${claim.slug}: ${party}`).toBe(response.stance);
    for (const id of Object.values(claim.responses).flatMap((response) => response.statements ?? [])) {
      expect(data.statements.some((s: { id: string }) => s.id === id), id).toBe(true);
    }
    for (const id of claim.sources) expect(data.sources.some((s: { id: string; url: string }) => s.id === id && s.url === SOURCE_BY_ID.get(id)!.url)).toBe(true);
  }
});

test.describe('headers for static hosts (dist/_headers)', () => {
  const text = readFileSync(`${DIST}_headers`, 'utf8');
  const rules = text.split(/\n\s*\n/).map((block) => block.split('\n').filter((line) => line && !line.startsWith('#'))).filter((lines) => lines.length > 0)
    .map(([path, ...lines]) => ({ path: path!.trim(), headers: Object.fromEntries(lines.map((line) => line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string])) }));
  // Which rules apply to a path is decided here as a static host decides it (Netlify's rule: a trailing
  // "*" matches any rest of the path, any other rule only the path itself), not with src/lib/headers.ts,
  // the code under test, so a wrong matcher there cannot agree with itself.
  const applies = (rulePath: string, path: string) => (rulePath.endsWith('*') ? path.startsWith(rulePath.slice(0, -1)) : rulePath === path);
  const headersFor = (path: string) =>
    Object.assign({}, ...rules.filter((rule) => applies(rule.path, path)).map((rule) => rule.headers)) as Record<string, string>;

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
