/**
 * The print check every printable page gets, a step of the page walk (everyPage.spec.ts): under print
 * media (with a dark screen theme, which print must not follow) the screen controls are hidden, the
 * page is black on white in shades of grey, and external links show their addresses.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { barePath } from './pages';

/** Every page a reader might print: all but the embeds (printed by their host) and the 404 page. */
export const isPrinted = (path: string) => !barePath(path).startsWith('/embed/') && !barePath(path).startsWith('/404');

export async function checkPrinted(page: Page, path: string): Promise<void> {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // Everything the checks need, read in one visit to the DOM: the print styles are static, nothing waits on a script.
  const printed = await page.evaluate(() => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return element.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
    };
    const describe = (element: Element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`;
    const main = document.querySelector('main');
    // The site's navigation by its accessible name ("Site"), as a screen reader announces it.
    const accessibleName = (element: Element) =>
      element.getAttribute('aria-label') ??
      (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    const siteNavigation = [...document.querySelectorAll('nav, [role="navigation"]')].filter((nav) => /site/i.test(accessibleName(nav)));
    const chroma = (value: string) => {
      const [r, g, b] = (value.match(/[\d.]+/g) ?? []).map(Number);
      return r !== undefined && g !== undefined && b !== undefined && (r !== g || g !== b);
    };
    // Shades of grey only, charts included: a party's or a lane's colour must not survive on paper
    // for some lanes and not for others (a proof is often printed in black and white).
    // <mark> is the proof's highlighter for what an editor fills in by hand: meant to show, and grey in black and white.
    const coloured = main
      ? [main, ...main.querySelectorAll('*')].filter((element) => !element.closest('mark')).flatMap((element) => {
          const style = getComputedStyle(element);
          const visible = style.display !== 'none' && style.visibility !== 'hidden';
          const values = [style.color, style.fill, style.stroke, style.backgroundColor].filter((value) => /^rgb/.test(value) && !/rgba\([^)]*, 0\)$/.test(value));
          return visible && values.some(chroma) ? [`${describe(element)}: ${values.join(' ')}`] : [];
        })
      : ['no <main>'];
    return {
      siteNavigations: siteNavigation.length,
      shownControls: [...siteNavigation, ...document.querySelectorAll('.skip-link, .screen-only, .embed-this')].filter(shown).map(describe),
      background: getComputedStyle(document.body).backgroundColor,
      colour: getComputedStyle(document.body).color,
      coloured: [...new Set(coloured)].slice(0, 5),
      externalLinks: [...document.querySelectorAll('main a[href^="http"]:not(.no-print-url)')].map((link) => ({ href: link.getAttribute('href') ?? '', after: getComputedStyle(link, '::after').content })),
    };
  });
  expect(printed.siteNavigations, `${path}: the site navigation is on the page, so that its hiding is checked`).toBeGreaterThan(0);
  expect(printed.shownControls, `${path}: screen controls shown in print (site navigation, skip link, .screen-only, .embed-this)`).toEqual([]);
  // Black on white whatever the screen theme.
  expect(printed.background, `${path}: page background in print`).toBe('rgb(255, 255, 255)');
  expect(printed.colour, `${path}: text colour in print`).toBe('rgb(0, 0, 0)');
  expect(printed.coloured, `${path}: colours in print`).toEqual([]);
  for (const { href, after } of printed.externalLinks) expect(after, `${path}: URL after ${href}`).toContain(href);
}

/**
 * A claim page under print media (a step of its visit in claims.spec.ts, before anything unfolds the
 * page): each response is a region labelled with its respondent, in the story's order (two stack on
 * paper, three or more run two abreast), and the rating's definition prints although it is folded on
 * screen. Sets print media and leaves it set.
 */
export async function checkClaimPrinted(page: Page, names: readonly string[], where: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  // Each response region found by its accessible name, as getByRole finds it (a case-insensitive part of the name), in one read.
  const { regions, definitions } = await page.evaluate((labels) => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return element.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
    };
    const accessibleName = (element: Element) =>
      (element.getAttribute('aria-label') ??
        (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ')).replace(/\s+/g, ' ').trim().toLowerCase();
    const named = [...document.querySelectorAll('section[aria-label], section[aria-labelledby], [role="region"]')].filter((element) => element.checkVisibility());
    return {
      regions: labels.map((label) =>
        named.filter((element) => accessibleName(element).includes(label.toLowerCase())).map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return { x, y, width, height };
        }),
      ),
      definitions: [...document.querySelectorAll('details.definition p')].map(shown),
    };
  }, names.map((name) => `${name}’s response`));
  regions.forEach((found, i) => expect(found, `${where}: one region named “${names[i]}’s response”`).toHaveLength(1));
  const boxes = regions.map((found) => found[0]!);
  for (let i = 1; i < boxes.length; i += 1) {
    const [previous, box] = [boxes[i - 1]!, boxes[i]!];
    const below = box.y >= previous.y + previous.height;
    const besideOnItsRight = Math.abs(box.y - previous.y) < 2 && box.x >= previous.x + previous.width;
    // Two respondents stack on paper; three or more run two abreast, in reading order.
    expect(names.length === 2 ? below : below || besideOnItsRight, `${where}: ${names[i]} after ${names[i - 1]}`).toBe(true);
  }
  expect(definitions, `${where}: the rating's definition prints`).toEqual([true]);
}
