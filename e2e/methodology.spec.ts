import { test, expect } from './support/fixtures';
import { claims, parties, ratingRules, ratings, stanceDefinitions } from './support/content';
import { en } from '../src/i18n/en';
import { story } from './support/story';

const SITE = story();

/**
 * The methodology page is where a reader learns how to apply the ratings and labels themselves
 * (issue 18): the rating rule, what each stance label means, nonpartisanship and right of reply,
 * and who owns and funds the publisher. Everything is checked against the content files.
 */

test.beforeEach(async ({ page }) => {
  await page.goto('/methodology/');
});

test('the scale lists every rating, best supported first, and names the lowest', async ({ page }) => {
  const expected = [...ratings()].sort((a, b) => b.value - a.value).map((rating) => `rating-${rating.id}`);
  await expect(page.locator('dl.scale > div')).toHaveCount(expected.length);
  expect(await page.locator('dl.scale > div').evaluateAll((items) => items.map((item) => item.id))).toEqual(expected);
  const lowest = [...ratings()].sort((a, b) => a.value - b.value)[0]!;
  await expect(page.getByRole('main')).toContainText(`${lowest.value} for the least supported (${lowest.label})`);
});

test('the rating rule says how a denial, a leaked document and a single-source report move a rating', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 2, name: 'How evidence moves a rating' })).toBeVisible();
  const rules = ratingRules();
  for (const required of ['denial', 'leaked-document', 'single-source']) {
    expect(rules.map((rule) => rule.id), `rating-rules.yaml has a "${required}" line`).toContain(required);
  }
  for (const rule of rules) {
    const item = page.locator(`#rule-${rule.id}`);
    await expect(item.locator('dt')).toHaveText(rule.evidence);
    await expect(item.locator('dd')).toHaveText(rule.rule);
  }
  const shownOrder = await page.locator('dl.rules > div').evaluateAll((items) => items.map((item) => item.id));
  expect(shownOrder).toEqual([...rules].sort((a, b) => a.order - b.order).map((rule) => `rule-${rule.id}`));
});

test('every stance label a claim uses is defined, with its effect on the rating', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 2, name: 'What the response labels mean' })).toBeVisible();
  const definitions = stanceDefinitions();
  const used = new Set(claims().flatMap((claim) => [claim.responses.kpn.stance, claim.responses.huawei.stance]));
  for (const stance of used) expect(definitions.map((d) => d.id), `stances.yaml defines "${stance}"`).toContain(stance);
  await expect(page.locator('dl.stances > div')).toHaveCount(definitions.length);
  for (const stance of definitions) {
    const item = page.locator(`#stance-${stance.id}`);
    await expect(item.locator('dt')).toHaveText(en.stances[stance.id]!);
    await expect(item).toContainText(stance.definition);
    await expect(item).toContainText(stance.ratingEffect);
  }
});

test('nonpartisanship and each respondent’s right of reply are stated, with the address to reply to', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 2, name: 'Nonpartisanship and right of reply' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('We take no side between the parties we check.');
  const respondents = parties().filter((party) => party.rightOfReply);
  expect(respondents.length, 'parties.yaml records a right of reply for the respondents').toBeGreaterThanOrEqual(2);
  for (const party of respondents) {
    const item = page.locator(`#reply-${party.id}`);
    const reply = party.rightOfReply!;
    await expect(item).toContainText(`${party.shortName}:`);
    await expect(item).toContainText(reply.asked ? `asked for a reply to this fact-check on` : 'not contacted for this fact-check');
    if (reply.reply) await expect(item).toContainText(reply.reply);
    await expect(item).toContainText(reply.responsesFrom);
  }
  const invitation = page.getByRole('paragraph').filter({ hasText: 'are invited to reply' });
  await expect(invitation).toHaveCount(1);
  for (const party of respondents) await expect(invitation).toContainText(party.shortName);
  await expect(invitation.getByRole('link', { name: SITE.contactEmail })).toHaveAttribute('href', `mailto:${SITE.contactEmail}`);
});

test('ownership and funding are shown, or marked as still to be filled in by the newsroom', async ({ page }) => {
  for (const [id, value] of [['ownership', SITE.ownership], ['funding', SITE.funding]] as const) {
    const item = page.locator(`#${id}`);
    await expect(item.locator('dt')).toHaveText(id === 'ownership' ? 'Ownership' : 'Funding');
    if (value === null) await expect(item.locator('dd mark')).toHaveText(en.methodology.toBeFilled);
    else await expect(item.locator('dd')).toHaveText(value);
  }
});
