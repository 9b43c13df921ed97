import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate } from './partialDate.ts';
import { atomFeed, feedEntries, xml } from './feed.ts';
import { buildSiteModel } from './content/siteModel.ts';
import { fixtureContent } from './content/testFixture.ts';
import { en } from '../i18n/en.ts';

const SITE = 'https://desk.example';
const date = (text: string) => parsePartialDate(text)!;
const model = buildSiteModel(fixtureContent());

test('every claim’s publication and every line of its log is an entry, newest first, linking to the claim', () => {
  const entries = feedEntries(model.claims, SITE);
  // Expected from the content itself: one entry per publication, one per log line.
  const expected = model.claims.flatMap((claim) => [
    { id: `${SITE}/claims/${claim.slug}/#published`, updated: claim.published.iso, summary: `${claim.rating.label}. ${claim.verdict}` },
    ...claim.updates.map((update, i) => ({ id: `${SITE}/claims/${claim.slug}/#update-${i + 1}`, updated: update.date.iso, summary: update.change })),
  ]);
  assert.equal(entries.length, expected.length);
  assert.ok(model.claims.some((claim) => claim.updates.length > 0), 'the fixture has a log line to list');
  assert.deepEqual(
    entries.map(({ id, updated, summary }) => ({ id, updated, summary })).sort((a, b) => a.id.localeCompare(b.id)),
    expected.sort((a, b) => a.id.localeCompare(b.id)),
  );
  const days = entries.map((entry) => entry.updated);
  assert.deepEqual(days, [...days].sort().reverse(), 'newest first');
  for (const entry of entries) assert.equal(entry.url, entry.id.replace(/#.*$/, ''));
});

test('on one day, the higher claim number and the later log line come first, whichever slug holds which number', () => {
  for (const swapped of [false, true]) {
    const content = fixtureContent();
    for (const claim of content.claims) {
      claim.data.published = date('2026-11-28');
      claim.data.updates = [];
      if (swapped) claim.data.number = 3 - claim.data.number;
    }
    const second = content.claims.find((claim) => claim.data.number === 2)!;
    second.data.updates = [{ date: date('2026-11-28'), change: 'First fix.' }, { date: date('2026-11-28'), change: 'Second fix.' }];
    const entries = feedEntries(buildSiteModel(content).claims, SITE);
    assert.deepEqual(entries.map((entry) => [entry.claimNumber, entry.logIndex]), [[2, 2], [2, 1], [2, 0], [1, 0]], `swapped: ${swapped}`);
    assert.deepEqual(entries.slice(0, 2).map((entry) => entry.summary), ['Second fix.', 'First fix.']);
    assert.ok(entries[0]!.url.endsWith(`/claims/${second.id}/`));
  }
});

test('the feed is Atom with the newest date as its own, every entry in it, and the content’s words escaped', () => {
  const content = fixtureContent();
  const first = content.claims.find((claim) => claim.data.number === 1)!;
  first.data.claim = 'B did <it> & "more"';
  const claims = buildSiteModel(content).claims;
  const entries = feedEntries(claims, SITE);
  const feed = atomFeed({ title: 'T & U', author: model.story.publisher, site: SITE, entries });
  assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
  assert.match(feed, /<title>T &amp; U<\/title>/);
  assert.match(feed, new RegExp(`<feed[^>]*>\\s*<id>${SITE}/feed.xml</id>`));
  assert.ok(feed.includes(`<updated>${entries[0]!.updated}T00:00:00Z</updated>\n  <author>`), 'the feed is as new as its newest entry');
  assert.equal(feed.match(/<entry>/g)?.length, entries.length);
  assert.ok(feed.includes(`<title>${xml(en.feed.published(1, 'B did <it> & "more"'))}</title>`));
  assert.ok(!feed.includes('<it>'), 'markup from the content is escaped');
  // Every element opened is closed, in order: the shape a parser needs (the e2e test parses the built feed with a browser's XML parser).
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of feed.matchAll(/<(\/?)([a-z]+)\b[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name);
    else stack.push(name!);
  }
  assert.deepEqual(stack, []);
});

test('xml() escapes the five characters that can break markup or an attribute', () => {
  assert.equal(xml('"<&>'), '&quot;&lt;&amp;&gt;');
  assert.equal(xml('plain'), 'plain');
});
