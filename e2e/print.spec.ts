import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { claims, sources } from './support/content';
import { DIST } from './support/pages';

// Every page's print check (support/printed.ts) is a step of the page walk (everyPage.spec.ts), on the page it loads anyway.

// One visit to /review/ for what were two tests: the proof's cover and numbering on screen, then its page breaks in print.
test('the review proof has a cover with build time, commit and claims per rating, then every claim numbered; in print a claim’s card, each quote and each sign-off is kept on one page, each claim on a new one', async ({ page }) => {
  await page.goto('/review/');
  const normalise = (text: string | null) => (text ?? '').replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
  await test.step('the cover: commit, build time, claims per rating', async () => {
    const cover = await page.evaluate(() => ({
      commits: [...document.querySelectorAll('[data-commit]')].map((element) => element.textContent),
      times: [...document.querySelectorAll('.cover time')].map((time) => time.getAttribute('datetime')),
      perRating: [...document.querySelectorAll('.per-rating td')].map((cell) => cell.textContent ?? ''),
    }));
    expect(cover.commits.map(normalise), 'the commit on the cover').toEqual([expect.stringMatching(/^[0-9a-f]{40}$|^unknown$/)]);
    expect(cover.times, 'the build time on the cover').toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)]);
    expect(cover.perRating.map(Number).reduce((a, b) => a + b, 0), 'claims per rating add up to every claim').toBe(claims().length);
  });
  await test.step('every claim numbered, with its sign-off line', async () => {
    const articles = await page.evaluate((numbers) =>
      numbers.map((number) => {
        const article = document.getElementById(`claim-${number}`);
        return {
          number,
          headings: article ? [...article.querySelectorAll('h2, [role="heading"][aria-level="2"]')].map((heading) => heading.textContent) : null,
          signoffs: article ? [...article.querySelectorAll('.signoff')].map((signoff) => signoff.textContent) : null,
        };
      }),
      claims().map((claim) => claim.number),
    );
    for (const claim of claims()) {
      const article = articles.find(({ number }) => number === claim.number)!;
      expect(article.headings?.map(normalise), `#claim-${claim.number}: its heading`).toEqual([`${claim.number}. ${claim.claim}`]);
      expect(article.signoffs?.map(normalise), `#claim-${claim.number}: its sign-off`).toEqual([expect.stringContaining(`Claim ${claim.number} checked by`)]);
    }
  });
  await test.step('under print media: cards, quotes and sign-offs unbroken, each claim on a new page', async () => {
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.evaluate(() => {
      const inside = (selector: string) => [...document.querySelectorAll(selector)].map((element) => getComputedStyle(element).breakInside);
      return {
        cards: document.querySelectorAll('.review-card').length,
        inside: Object.fromEntries(['.review-card', 'div.statement', 'blockquote', '.signoff'].map((selector) => [selector, [...new Set(inside(selector))]])),
        before: [...new Set([...document.querySelectorAll('.review-claim')].map((element) => getComputedStyle(element).breakBefore))],
      };
    });
    expect(breaks.cards, 'a card per claim').toBe(claims().length);
    for (const [selector, values] of Object.entries(breaks.inside)) expect(values, selector).toEqual(['avoid']);
    expect(breaks.before, '.review-claim').toEqual(['page']);
  });
});

// Every claim page's responses and rating definition in print are a step of its visit (claims.spec.ts, support/printed.ts).

// One print of the proof serves both tests' worth of checks (printing 150 A4 pages costs tens of seconds).
test('npm run review:pdf writes a multi-page PDF with every claim, every source URL and page N of M; a 30 mm outer margin, a PROOF stamp on every page, no page ending on a heading, URLs wrapped only at slashes or hyphens, quotes tagged as quotes, XMP metadata', async ({ page }) => {
  test.setTimeout(240_000);
  // In the test's own output folder, which Playwright empties at the start of each run (a temporary
  // folder of its own was left behind, 3 MB a run).
  const out = test.info().outputPath('review.pdf');
  const log = execFileSync(process.execPath, ['scripts/review-pdf.ts', '--out', out], { encoding: 'utf8', env: { ...process.env, OUT_DIR: DIST } });
  // The PDF's text laid out as on paper, read once for every check below (150 pages take pdftotext a while).
  const layoutText = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  await test.step('every claim, every source URL, numbered paragraphs and page N of M', async () => {
    const printedPages = Number(/\((\d+) pages/.exec(log)?.[1]);
    expect(printedPages).toBeGreaterThan(1);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    // Long URLs wrap inside the column: compare with all white space removed.
    const squashed = layoutText.replace(/\s+/g, '');
    const urlOf = new Map(sources().map((source) => [source.id, source.url]));
    for (const claim of claims()) {
      expect(squashed, `claim ${claim.number}`).toContain(claim.claim.replace(/\s+/g, ''));
      for (const id of claim.sources) expect(squashed, `${id} in the PDF`).toContain(urlOf.get(id)!.replace(/\s+/g, ''));
    }
    // Every claim's paragraphs carry the numbers an editor refers to ("see 3.2"), in order.
    for (const claim of claims()) {
      for (const para of [1, 2, 3, 4, 5]) expect(layoutText, `paragraph ${claim.number}.${para}`).toMatch(new RegExp(`^\\s*${claim.number}\\.${para}\\s`, 'm'));
    }
    expect(layoutText).toContain(`page 1 of ${printedPages}`);
    expect(layoutText).toContain(`page ${printedPages} of ${printedPages}`);
  });
  const pdf = readFileSync(out);
  const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();

  // Word boxes per page: text on right-hand (odd) pages ends 30 mm before the right edge; on
  // left-hand (even) pages it starts 30 mm after the left edge. 1 pt (0.35 mm) of slack for a glyph's
  // box reaching past its advance at a line end.
  const bbox = execFileSync('pdftotext', ['-bbox', out, '-'], { encoding: 'utf8', maxBuffer: 1 << 27 });
  const MM30 = (30 / 25.4) * 72;
  const pages = [...bbox.matchAll(/<page width="([\d.]+)"[^>]*>([\s\S]*?)<\/page>/g)];
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach(([, width, words], index) => {
    const xs = [...words!.matchAll(/xMin="([\d.]+)"[^>]*xMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    if (xs.length === 0) return;
    if ((index + 1) % 2 === 1) expect(Math.max(...xs.map(([, max]) => max)), `page ${index + 1}, right margin`).toBeLessThanOrEqual(Number(width) - MM30 + 1);
    else expect(Math.min(...xs.map(([min]) => min)), `page ${index + 1}, left margin`).toBeGreaterThanOrEqual(MM30 - 1);
  });

  const pageTexts = layoutText.split('\f').slice(0, pages.length);
  await page.emulateMedia({ media: 'print' });
  await page.goto('/review/');
  const headings = new Set((await page.locator('.review-claim h2, .review-claim h3, .review-claim .stance-line').allTextContents()).map((heading) => heading.replace(/\s+/g, ' ').trim()));
  pageTexts.forEach((pageText, index) => {
    const lines = pageText.split('\n').map((line) => line.trim()).filter(Boolean);
    const footer = lines.at(-1)!;
    expect(footer, `stamp on page ${index + 1}`).toBe(`PROOF · rev. ${commit.slice(0, 10)}${/\+ ·/.test(footer) ? '+' : ''} · ${footer.split(' · ')[2]} · page ${index + 1} of ${pages.length}`);
    expect(footer.split(' · ')[2], 'the revision’s date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // The last line of text above the stamp is never a heading or a stance standing alone.
    if (index > 0) expect(headings.has(lines.at(-2)!), `page ${index + 1} ends on "${lines.at(-2)}"`).toBe(false);
  });

  // A printed address that goes on to the next line breaks after a slash or a hyphen, never inside a word.
  const lines = layoutText.split('\n').map((line) => line.trim());
  let wrapped = 0;
  for (const { url } of sources()) {
    for (const line of lines) {
      if (line.length > 8 && line.startsWith('https://') && line !== url && url.startsWith(line)) {
        wrapped += 1;
        expect(line, `${url} wraps`).toMatch(/[/-]$/);
      }
    }
  }
  expect(wrapped, 'some long addresses do wrap, so the check ran').toBeGreaterThan(0);

  // Tags: every quote a /BlockQuote, no quote wrapper a /Figure; XMP with title, language, producer.
  const raw = pdf.toString('latin1');
  expect(raw.match(/\/S \/Figure\b/g) ?? []).toHaveLength(0);
  expect((raw.match(/\/S \/BlockQuote\b/g) ?? []).length).toBe(await page.locator('main blockquote').count());
  const xmp = /<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/.exec(raw)?.[0] ?? '';
  expect(Buffer.from(xmp, 'latin1').toString('utf8')).toContain(`<rdf:li xml:lang="x-default">${await page.title()}</rdf:li>`);
  expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');
  expect(xmp).toMatch(/<pdf:Producer>[^<]+<\/pdf:Producer>/);
  expect(raw).toMatch(/\/Lang \(en\)/);
});
