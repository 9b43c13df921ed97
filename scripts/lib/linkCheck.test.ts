/**
 * The link checker finds what it is there to find: a sound fixture site (scripts/fixtures/link-check)
 * passes, and each planted break is reported, alone, naming the page and the link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from './linkCheck.ts';

const FIXTURE = new URL('../fixtures/link-check/', import.meta.url).pathname;
const ORIGIN = 'https://factcheck.example.org';
const options = (dist: string) => ({ dist, base: '/', origin: ORIGIN, httpOnly: new Set(['http://old.example.org/page']) });

test('the sound fixture site has no broken link', () => {
  assert.deepEqual(checkLinks(options(FIXTURE.replace(/\/$/, ''))), []);
});

interface Planted {
  name: string;
  /** The page (under the fixture) the markup is added to. */
  page: string;
  markup: string;
  problem: string;
}

const PLANTED: Planted[] = [
  { name: 'a link to a page that does not exist', page: 'claims/first/index.html', markup: '<a href="/claims/second/">The second claim</a>', problem: '/claims/first/index.html: /claims/second/ does not exist' },
  { name: 'a link to a fragment missing on another page', page: 'index.html', markup: '<a href="/claims/first/#rating">Its rating</a>', problem: '/index.html: /claims/first/#rating: no element with id "rating"' },
  { name: 'a link to a fragment missing on its own page', page: 'claims/first/index.html', markup: '<a href="#sources">Sources</a>', problem: '/claims/first/index.html: #sources: no element with id "sources"' },
  { name: 'an image that does not exist', page: 'index.html', markup: '<img src="/_astro/missing.png" alt="">', problem: '/index.html: /_astro/missing.png does not exist' },
  { name: 'a link to the own origin, to a page that does not exist', page: 'index.html', markup: `<a href="${ORIGIN}/claims/none/">Gone</a>`, problem: '/index.html: /claims/none/ does not exist' },
  { name: 'a plain http address not declared http-only', page: 'index.html', markup: '<a href="http://example.org/report">Report</a>', problem: '/index.html: external address is not https: http://example.org/report' },
  { name: 'a relative link (breaks under a sub-path)', page: 'claims/first/index.html', markup: '<a href="claims/first/">Here</a>', problem: '/claims/first/index.html: relative link claims/first/' },
];

for (const planted of PLANTED) {
  test(`the link checker reports ${planted.name}, naming the page and the link`, () => {
    const dist = mkdtempSync(join(tmpdir(), 'link-check-'));
    try {
      cpSync(FIXTURE, dist, { recursive: true });
      const file = join(dist, planted.page);
      const html = readFileSync(file, 'utf8');
      assert.ok(html.includes('</main>'), `the fixture page ${planted.page} has a main element`);
      writeFileSync(file, html.replace('</main>', `${planted.markup}\n</main>`));
      assert.deepEqual(checkLinks(options(dist)), [planted.problem]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
}

test('under a sub-path, a link outside the base is reported', () => {
  const problems = checkLinks({ ...options(FIXTURE.replace(/\/$/, '')), base: '/factchecks/' });
  assert.ok(problems.includes('/index.html: /claims/first/ is outside the base /factchecks/'), problems.join('\n'));
});
