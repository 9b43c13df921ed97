import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel, countByRating, neighbours, sourcesOfClaim } from './siteModel.ts';
import { fixtureContent } from './testFixture.ts';

const model = buildSiteModel(fixtureContent());

test('claims come in the order of their numbers, whatever the order of the files', () => {
  assert.deepEqual(model.claims.map((claim) => [claim.number, claim.slug]), [[1, 'first-claim'], [2, 'second-claim']]);
});

test('every reference of a claim is resolved to the entry it names', () => {
  const claim = model.claimBySlug.get('second-claim')!;
  assert.equal(claim.rating.label, 'Low');
  assert.equal(claim.madeBy.name, 'The Paper');
  assert.equal(claim.appearances[0]!.source?.outlet, 'The Paper');
  // Responses come in the story's order of respondents, whatever the order in the claim's file.
  assert.deepEqual(claim.responses.map((response) => response.party.id), ['operator', 'vendor']);
  assert.equal(claim.responses[1]!.statements[0]!.text, 'B says it follows the law.');
  assert.equal(claim.responses[0]!.nearest[0]!.party.name, 'Operator A');
  // A claim's events are in date order, not in the order the claim lists them.
  assert.deepEqual(claim.events.map((event) => event.id), ['access', 'scoop']);
});

test('the story resolves its respondents to their parties and names them as its language lists names', () => {
  assert.deepEqual(model.story.respondents.map((party) => party.name), ['Operator A', 'Vendor B']);
  assert.equal(model.story.respondentNames, 'A and B');
  assert.deepEqual(model.story.lanes.map((lane) => lane.id), ['operator', 'vendor', 'press']);
});

test('with three respondents every claim has three responses, in the story\'s order', () => {
  const content = fixtureContent();
  content.story[0]!.data.respondents = ['paper', 'operator', 'vendor'];
  for (const claim of content.claims) {
    claim.data.responses.paper = { stance: 'not-addressed', statements: [], nearest: [], summary: 'The paper did not comment.' };
  }
  const three = buildSiteModel(content);
  assert.equal(three.story.respondentNames, 'Paper, A, and B');
  for (const claim of three.claims) {
    assert.deepEqual(claim.responses.map((response) => response.party.id), ['paper', 'operator', 'vendor'], claim.slug);
  }
  // The embed card's terms read every summary, the third one included.
  assert.ok(three.claims.every((claim) => claim.responses[0]!.summary === 'The paper did not comment.'));
});

test('ratings run best first and the scale spans the lowest and highest value', () => {
  assert.deepEqual(model.ratings.map((rating) => rating.id), ['high', 'mid', 'low']);
  assert.deepEqual(model.scale, { best: 5, worst: 1 });
});

test('counts per rating keep ratings no claim has, as zero', () => {
  assert.deepEqual(countByRating(model).map(({ rating, count }) => [rating.id, count]), [['high', 1], ['mid', 0], ['low', 1]]);
});

test('an event knows the claims that cite it, its lane and its date label', () => {
  const scoop = model.events.find((event) => event.id === 'scoop')!;
  assert.deepEqual(scoop.claimSlugs, ['first-claim', 'second-claim']);
  assert.equal(scoop.lane, 'press', 'the first party decides the lane');
  const access = model.events.find((event) => event.id === 'access')!;
  assert.equal(access.dateLabel, '2009 – 2010');
  assert.deepEqual(model.events.map((event) => event.id), ['access', 'scoop'], 'events run oldest first');
});

test('a source counts as cited from a claim, a quoted statement or an event, and never otherwise', () => {
  assert.deepEqual([...sourcesOfClaim(model.claimBySlug.get('second-claim')!)].sort(), ['s-paper', 's-statement', 's-wire']);
  assert.deepEqual([...model.citedSourceIds].sort(), ['s-event-only', 's-paper', 's-statement', 's-wire']);
  assert.deepEqual(model.claimsBySource.get('s-statement')!.map((claim) => claim.slug), ['first-claim', 'second-claim']);
});

test('statements know which claims quote them, as answer or as nearest statement', () => {
  assert.deepEqual(model.claimsByStatement.get('a-denies')!.map((claim) => claim.slug), ['first-claim', 'second-claim']);
  assert.equal(model.claimsByStatement.get('b-unquoted'), undefined);
});

test('neighbours give the previous and next claim, and nothing past either end', () => {
  assert.equal(neighbours(model.claims, 'first-claim').previous, undefined);
  assert.equal(neighbours(model.claims, 'first-claim').next?.slug, 'second-claim');
  assert.equal(neighbours(model.claims, 'second-claim').next, undefined);
  assert.deepEqual(neighbours(model.claims, 'no-such-claim'), { previous: undefined, next: undefined });
});

test('a dangling reference is refused rather than drawn as nothing', () => {
  const content = fixtureContent();
  content.claims[0]!.data.rating = { collection: 'ratings', id: 'gone' };
  assert.throws(() => buildSiteModel(content), /Missing ratings entry "gone"/);
});
