import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSiteModel } from '../content/siteModel.ts';
import { fixtureContent } from '../content/testFixture.ts';
import { claimEmbed, oembedJson, timelineEmbed } from './embeds.ts';
import { embedNames } from './names.ts';
import { EMBED_WIDTH, estimateClaimCardHeight, wordPressAspectClass } from './snippet.ts';

const model = buildSiteModel(fixtureContent());
const SITE = 'https://desk.example.org';

test('a claim embed points at its card and names the claim by number and short form', () => {
  for (const claim of model.claims) {
    const embed = claimEmbed(claim, SITE, model.story);
    assert.equal(embed.src, `${SITE}/embed/claims/${claim.slug}/`);
    assert.equal(embed.id, `claim:${claim.slug}`);
    assert.ok(embed.title.includes(String(claim.number)) && embed.title.includes(claim.shortForm), embed.title);
    assert.equal(embed.width, EMBED_WIDTH);
    // The snippet carries the card, a link to the full page for readers without frames, and the host script.
    assert.ok(embed.snippet.includes(`src="${embed.src}"`), embed.snippet);
    assert.ok(embed.snippet.includes(`${SITE}/claims/${claim.slug}/`), embed.snippet);
    assert.ok(embed.snippet.includes(`${SITE}/embed.js`), embed.snippet);
    // The frame and its fallback are marked with the story's own attribute, naming the claim.
    const names = embedNames(model.story.slug);
    assert.ok(embed.snippet.includes(`${names.attribute}="${embed.id}"`), embed.snippet);
    assert.ok(embed.snippet.includes(`${names.fallbackAttribute}="${embed.id}"`), embed.snippet);
  }
});

test('a claim embed is at least as tall as the text its card must hold, and clear of the heights WordPress crops', () => {
  for (const claim of model.claims) {
    const embed = claimEmbed(claim, SITE, model.story);
    // A floor from the card's texts alone: glossary terms, an updates line and an example label only add height.
    const floor = estimateClaimCardHeight({ claim: claim.claim, verdict: claim.verdict, summaries: claim.responses.map((response) => response.summary) });
    assert.ok(embed.height >= floor, `${embed.height} < ${floor}`);
    assert.equal(wordPressAspectClass(embed.width, embed.height), null);
  }
});

test('a claim with more to say gets a taller frame: a longer verdict, another respondent, an updates line', () => {
  const claim = model.claims[0]!;
  const base = claimEmbed(claim, SITE, model.story).height;
  const longer = claimEmbed({ ...claim, verdict: `${claim.verdict} `.repeat(8) }, SITE, model.story).height;
  const moreRespondents = claimEmbed({ ...claim, responses: [...claim.responses, ...claim.responses] }, SITE, model.story).height;
  const updated = claimEmbed({ ...claim, updates: [...claim.updates, { date: claim.published, change: 'A change.' }] }, SITE, model.story).height;
  assert.ok(longer > base, `${longer} <= ${base}`);
  assert.ok(moreRespondents >= base, `${moreRespondents} < ${base}`);
  assert.ok(updated >= base, `${updated} < ${base}`);
});

test('the timeline embed points at the timeline card and links the full timeline', () => {
  const embed = timelineEmbed(SITE, 'The timeline', model.story);
  assert.equal(embed.src, `${SITE}/embed/timeline/`);
  assert.equal(embed.id, 'timeline');
  assert.ok(embed.snippet.includes(`${SITE}/timeline/`));
  assert.equal(wordPressAspectClass(embed.width, embed.height), null);
});

test('the oEmbed file is type "rich", with the embed\'s own snippet and size', () => {
  const embed = claimEmbed(model.claims[0]!, SITE, model.story);
  const parsed = JSON.parse(oembedJson(embed, { name: 'The Desk', url: SITE }));
  assert.deepEqual(
    { version: parsed.version, type: parsed.type, title: parsed.title, html: parsed.html, width: parsed.width, height: parsed.height, provider_name: parsed.provider_name, provider_url: parsed.provider_url },
    { version: '1.0', type: 'rich', title: embed.title, html: embed.snippet, width: embed.width, height: embed.height, provider_name: 'The Desk', provider_url: SITE },
  );
});
