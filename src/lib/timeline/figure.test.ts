import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel } from '../content/siteModel.ts';
import { fixtureContent } from '../content/testFixture.ts';
import { markLinks, narrowLanesNote } from './figure.ts';
import { en } from '../../i18n/en.ts';

const model = buildSiteModel(fixtureContent());
const eventHref = (event: { id: string }) => `#event-${event.id}`;
const claimHref = (claim: { slug: string }) => `/claims/${claim.slug}/`;

test('on the full timeline a mark links to the first claim its event bears on, else to its row', () => {
  const links = markLinks(model.events, model.claimBySlug, { linkToClaims: true, eventHref, claimHref, ui: en });
  for (const event of model.events) {
    const first = event.claimSlugs[0];
    assert.equal(links.get(event.id)!.href, first ? `/claims/${first}/` : `#event-${event.id}`, event.id);
    assert.ok(links.get(event.id)!.label.includes(event.title), event.id);
  }
  // The scoop bears on both claims: its name says so.
  assert.match(links.get('scoop')!.label, /2 claims/);
});

test('on a claim page every mark links to its event, and no name counts claims', () => {
  const links = markLinks(model.events, model.claimBySlug, { linkToClaims: false, eventHref, claimHref, ui: en });
  for (const event of model.events) {
    assert.equal(links.get(event.id)!.href, `#event-${event.id}`);
    assert.doesNotMatch(links.get(event.id)!.label, /claim/);
  }
});

test('the narrow note names the lanes left to right, in running text where the story gives it', () => {
  assert.equal(narrowLanesNote(model.story.lanes, en), 'Columns, left to right: Operator A; Vendor B; the press.');
});
