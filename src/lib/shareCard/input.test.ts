import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel } from '../content/siteModel.ts';
import { fixtureContent } from '../content/testFixture.ts';
import { shareCardAlt, shareCardInput, siteLabel } from './input.ts';

const model = buildSiteModel(fixtureContent());
const context = { stanceLabel: (stance: string) => `label:${stance}`, publisher: 'The Desk', site: 'desk.example' };

test('a claim’s card input carries its short form, rating and each respondent’s stance in order', () => {
  for (const claim of model.claims) {
    const input = shareCardInput(claim, context);
    assert.equal(input.shortForm, claim.shortForm);
    assert.equal(input.ratingLabel, claim.rating.label);
    assert.equal(input.ratingTone, claim.rating.tone);
    assert.deepEqual(
      input.stances.map(({ party, stance }) => [party, stance]),
      claim.responses.map((response) => [response.party.shortName, `label:${response.stance}`]),
    );
    assert.deepEqual(input.stances.map(({ silent }) => silent), claim.responses.map((r) => r.stance === 'not-addressed'));
    assert.equal(input.publisher, 'The Desk');
    assert.equal(input.site, 'desk.example');
  }
});

test('the alt text names the claim, the rating and every party with its stance', () => {
  const alt = shareCardAlt(
    { shortForm: 'A did B', ratingLabel: 'Reported', stances: [{ party: 'Utility', stance: 'Denies' }, { party: 'Supplier', stance: 'Did not address' }], publisher: 'P', site: 's' },
    { alt: (shortForm, rating, stances) => `${shortForm} | ${rating} | ${stances}` },
  );
  assert.equal(alt, 'A did B | Reported | Utility: Denies; Supplier: Did not address');
});

test('the printed address is host and path, without scheme or trailing slash', () => {
  assert.equal(siteLabel('https://factcheck.example.org', '/'), 'factcheck.example.org');
  assert.equal(siteLabel('https://news.example.com/', '/factchecks/meters/'), 'news.example.com/factchecks/meters');
  assert.equal(siteLabel(new URL('http://localhost:4431'), '/'), 'localhost:4431');
});
