import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate } from './partialDate.ts';
import { atomFeed, feedEntries, xml } from './feed.ts';
import type { Claim } from './content/siteModel.ts';

const claim = (number: number, published: string, updates: Array<[string, string]>, slug = `claim-${number}`) =>
  ({
    number,
    slug,
    claim: `Claim <${number}> & more`,
    verdict: 'Verdict.',
    rating: { label: 'Reported' },
    published: parsePartialDate(published)!,
    updates: updates.map(([date, change]) => ({ date: parsePartialDate(date)!, change })),
  }) as unknown as Claim;

test('lists publications and every update, newest first', () => {
  const entries = feedEntries([claim(1, '2026-11-28', [['2026-12-03', 'Rating changed.']]), claim(2, '2026-11-28', [['2026-12-01', 'Source added.']])], 'https://example.org');
  assert.deepEqual(entries.map((e) => e.updated), ['2026-12-03', '2026-12-01', '2026-11-28', '2026-11-28']);
  assert.equal(entries[0]!.summary, 'Rating changed.');
  assert.equal(entries[0]!.url, 'https://example.org/claims/claim-1/');
});

test('the feed is escaped, well-formed Atom with the newest date as its own', () => {
  const feed = atomFeed({ title: 'T & U', author: 'Desk', site: 'https://example.org', entries: feedEntries([claim(1, '2026-11-28', [])], 'https://example.org') });
  assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  assert.match(feed, /<title>T &amp; U<\/title>/);
  assert.match(feed, /Claim &lt;1&gt; &amp; more/);
  assert.match(feed, /<updated>2026-11-28T00:00:00Z<\/updated>/);
  assert.equal(xml('"<&>'), '&quot;&lt;&amp;&gt;');
});

test('on one day, the higher claim number and the later log line come first, whatever the slugs', () => {
  const entries = feedEntries(
    [claim(2, '2026-11-28', [['2026-11-28', 'First fix.'], ['2026-11-28', 'Second fix.']], 'zz-second'), claim(10, '2026-11-28', [], 'aa-tenth')],
    'https://example.org',
  );
  assert.deepEqual(entries.map((e) => e.summary), ['Reported. Verdict.', 'Second fix.', 'First fix.', 'Reported. Verdict.']);
  assert.deepEqual(entries.map((e) => e.claimNumber), [10, 2, 2, 2]);
});
