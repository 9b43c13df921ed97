import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimReviewJsonLd } from './claimReview.ts';
import { parsePartialDate } from './partialDate.ts';
import type { Claim, Party } from './content/siteModel.ts';

// A small claim of its own, with a party whose `name` describes it and one whose `name` is its name.
const described = { id: 'article', name: 'The article under review (probably The Daily Example)', authorName: 'The Daily Example (probably)' } as Party;
const named = { id: 'paper', name: 'The Morning Example' } as Party;
const claim = (madeBy: Party) =>
  ({
    slug: 'moon-is-cheese',
    claim: 'A long neutral sentence stating that the moon is made of cheese, as the article under review put it in April.',
    shortForm: 'The moon is made of cheese',
    verdict: 'It is rock.',
    madeBy,
    rating: { id: 'false', label: 'False', value: 1 },
    appearances: [{ label: 'The article', date: parsePartialDate('2021-04'), source: { id: 's', url: 'https://example.org/a', title: 'Moon' } }],
    published: parsePartialDate('2026-11-01')!,
    updates: [{ date: parsePartialDate('2026-12-01')!, change: 'Rating changed.' }],
  }) as unknown as Claim;
const options = { site: 'https://factcheck.example.org', scale: { best: 5, worst: 1 }, publisher: 'The Fact-Check Desk' };

test('claimReviewed is the hand-written short form, not the full claim sentence', () => {
  const review = claimReviewJsonLd(claim(named), options);
  assert.equal(review.claimReviewed, 'The moon is made of cheese');
  assert.ok(review.claimReviewed.length <= 75);
});

test('the rating carries its label as name and alternateName, on the published scale', () => {
  assert.deepEqual(claimReviewJsonLd(claim(named), options).reviewRating, {
    '@type': 'Rating',
    ratingValue: 1,
    bestRating: 5,
    worstRating: 1,
    name: 'False',
    alternateName: 'False',
    ratingExplanation: 'It is rock.',
  });
});

test("the claim's author is credited by a name, with its doubt, falling back to the party's name", () => {
  assert.deepEqual(claimReviewJsonLd(claim(described), options).itemReviewed.author, { '@type': 'Organization', name: 'The Daily Example (probably)' });
  assert.deepEqual(claimReviewJsonLd(claim(named), options).itemReviewed.author, { '@type': 'Organization', name: 'The Morning Example' });
});

test('dates and addresses come from the claim: first dated appearance, last update, absolute page URL', () => {
  const review = claimReviewJsonLd(claim(named), options);
  assert.equal(review.url, 'https://factcheck.example.org/claims/moon-is-cheese/');
  assert.equal(review.datePublished, '2026-11-01');
  assert.equal(review.dateModified, '2026-12-01');
  assert.equal(review.itemReviewed.datePublished, '2021-04');
  assert.deepEqual(review.itemReviewed.appearance, [{ '@type': 'CreativeWork', url: 'https://example.org/a', headline: 'Moon', datePublished: '2021-04' }]);
});
