/**
 * A correction is never silent: a claim's page lists each update with its date, and its embed card
 * says when it last changed; a claim without updates says so. The per-claim test of claims.spec.ts
 * runs these on the page it has open; updates.spec.ts keeps the checks of the feed, claims.json and
 * the proof. Expectations come from the content files.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import type { ClaimFrontmatter } from './content';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-01" as a reader sees it ("1 December 2026"), written out here rather than taken from src/lib. */
export function readable(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** Newest date of a claim's log: the date its feed entry and its embed card must carry. */
export const latest = (claim: ClaimFrontmatter) => [...claim.updates!.map((u) => u.date)].sort().at(-1)!;

/**
 * The claim page's "Updates" region lists the publication and then each update, with its change and
 * its date (machine-readable and as a reader reads it); a claim without updates says there are none.
 */
export async function checkUpdatesLog(page: Page, claim: ClaimFrontmatter) {
  const where = `claim ${claim.number} (${claim.slug})`;
  const log = await page.evaluate(() => {
    const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
    const regions = [...document.querySelectorAll('section[aria-labelledby]')].filter(
      (section) => squash(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent) === 'Updates',
    );
    return regions.map((region) => ({
      text: squash(region.textContent),
      items: [...region.querySelectorAll('li')].map((item) => ({
        text: squash(item.textContent),
        times: [...item.querySelectorAll('time')].map((time) => ({ datetime: time.getAttribute('datetime'), text: squash(time.textContent) })),
      })),
    }));
  });
  expect(log.length, `${where}: one region named "Updates"`).toBe(1);
  const [region] = log;
  const updates = claim.updates ?? [];
  if (updates.length === 0) {
    expect(region!.text, `${where}: the page says the claim has not changed`).toContain('No changes since publication.');
    return;
  }
  expect(region!.items.length, `${where}: the log lists the publication and each update`).toBe(updates.length + 1);
  for (const [index, update] of updates.entries()) {
    const item = region!.items[index + 1]!;
    expect(item.text, `${where}: update ${index + 1}'s change`).toContain(update.change.replace(/\s+/g, ' ').trim());
    expect(item.times, `${where}: update ${index + 1}'s date`).toEqual([{ datetime: update.date, text: readable(update.date) }]);
  }
  expect(region!.text, `${where}: an updated claim does not say it is unchanged`).not.toContain('No changes since publication.');
}

/** The embed card says when the claim last changed and links to the page's log, or, unchanged, shows no such line. */
export async function checkCardUpdated(page: Page, claim: ClaimFrontmatter) {
  const where = `claim ${claim.number} (${claim.slug})'s embed card`;
  const links = await page.getByRole('link', { name: /^Updated / }).evaluateAll((found) =>
    found.map((link) => {
      const box = link.getBoundingClientRect();
      return {
        name: (link.textContent ?? '').replace(/\s+/g, ' ').trim(),
        href: link.getAttribute('href'),
        visible: link.checkVisibility() && box.width > 0 && box.height > 0 && getComputedStyle(link).visibility !== 'hidden',
      };
    }),
  );
  if ((claim.updates ?? []).length === 0) {
    expect(links, `${where}: no "Updated" line on an unchanged claim`).toEqual([]);
    return;
  }
  expect(links, `${where}: says when it last changed and links to the log`).toEqual([
    { name: `Updated ${readable(latest(claim))}: see what changed`, href: `/claims/${claim.slug}/#updates-heading`, visible: true },
  ]);
}
