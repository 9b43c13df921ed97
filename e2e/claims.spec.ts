import { test, expect } from './support/fixtures';
import { HTTP_ONLY_URLS, claims, ratingLabel, ratings, respondents, responseOf, sources, story } from './support/content';
import { checkCardTerms, checkPageTerms, checkTermsPrinted, refoldDetails } from './support/glossary';
import { checkCardUpdated, checkUpdatesLog } from './support/updates';
import { WRITTEN_EDITIONS, checkEditionPage } from './support/editions';
import { SNIPPET_WIDTH, checkEmbedOffer, checkEmbedPage } from './support/embedOffer';
import { checkClaimPrinted } from './support/printed';
import { LABEL_WIDTHS, checkClaimEvents } from './support/timelineDrawing';

const ALL = claims();
const SOURCE_URLS = new Map(sources().map((source) => [source.id, source.url]));
/** The story's respondents, in its order: every claim page sets out a response from each. */
const RESPONDENTS = respondents();
/** The claims with related events, whose pages draw a small timeline. */
const WITH_EVENTS = ALL.filter((claim) => (claim.events ?? []).length > 0);
/** The rating scale, least supported first: the meter's steps. */
const SCALE = [...ratings()].sort((a, b) => a.value - b.value);
/** "A and B", "A, B, and C": the respondents' names as the story's language lists them (the glance region's name). */
const listed = (names: string[]) => new Intl.ListFormat(story().lang, { type: 'conjunction' }).format(names);
/** The claim page's h1: the claim labelled and in quotation marks, never the bare sentence. */
const claimHeading = (claim: { claim: string }) => `Claim: “${claim.claim}”`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A 390 × 844 phone (an iPhone 12–14): the first screen the finding has to fit in. */
const PHONE = { width: 390, height: 844 };
/** Playwright's desktop viewport, the size the other checks of a claim page were written for. */
const DESKTOP = { width: 1280, height: 720 };

test('the claims are numbered 1 to N without a gap or a repeat, and each carries every respondent’s response and no other', () => {
  expect(ALL.length).toBeGreaterThan(0);
  expect(ALL.map((claim) => claim.number)).toEqual(Array.from({ length: ALL.length }, (_, i) => i + 1));
  for (const claim of ALL) expect(Object.keys(claim.responses).sort(), claim.slug).toEqual(RESPONDENTS.map(({ id }) => id).sort());
});

/*
 * One navigation per claim page (per edition) and one per embed card for everything checked on them,
 * each part a step of its own (the report names the step, the test names the claim): the English page
 * loaded at a phone's size for the first screen, then widened to the desktop size for the rest (its
 * edition, its updates log, the glossary terms it uses, also in print), and last the click through to
 * the rating's definition, which leaves the page; then the claim's embed card, and the claim's page in
 * each other edition the story is written in. The checks of other specs live in e2e/support (glossary,
 * updates, editions), named for what they check.
 */
for (const claim of ALL) {
  const where = `claim ${claim.number} (${claim.slug})`;
  test(`${where}: on a 390 × 844 phone the finding is on the first screen; its small timeline draws its events cleanly; the page shows the claim, its rating, verdict and every respondent’s response, links every source by its https address, marks its step on the rating meter, cites cleanly, lists its updates, prints its responses in order with the rating's definition, explains its glossary terms (also in print), and the rating's definition is one step away; it offers its embed; its embed card fits its snippet, explains its terms and says when it last changed; every edition's page shows the claim`, async ({ page, request }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/claims/${claim.slug}/`);
    await test.step('on a 390 × 844 phone the claim, its rating, the verdict and every respondent’s stance are on the first screen, and the title names the rating', async () => {
      const label = ratingLabel(claim.rating);
      const glanceName = `How ${listed(RESPONDENTS.map(({ name }) => name))} responded`;
      // One evaluate measures everything the first screen must hold; Node asserts, naming the claim and the part.
      const shown = await page.evaluate(({ rating, verdict, glanceName, respondents }) => {
        const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
        /** Where a part is, if it is visible as Playwright judges it (checkVisibility, a box, not visibility:hidden). */
        const place = (element: Element | null | undefined) => {
          if (!element) return null;
          const box = element.getBoundingClientRect();
          const visible = element.checkVisibility() && box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
          return { visible, top: box.y, bottom: box.y + box.height };
        };
        const region = (name: string) => [...document.querySelectorAll('section[aria-labelledby]')].filter((section) => squash(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent) === name);
        /** The innermost elements whose text holds the words (what getByText finds). */
        const byText = (root: Element, words: string) => {
          const wanted = squash(words).toLowerCase();
          const holds = (element: Element) => squash(element.textContent).toLowerCase().includes(wanted);
          return [root, ...root.querySelectorAll('*')].filter((element) => holds(element) && ![...element.children].some(holds));
        };
        const ratingBoxes = region('Our rating');
        const glances = region(glanceName);
        const ratingBox = ratingBoxes[0];
        const glance = glances[0];
        const verdicts = ratingBox ? [...ratingBox.querySelectorAll('p')].filter((p) => squash(p.textContent).toLowerCase().includes(squash(verdict).toLowerCase())) : [];
        const fontSize = (element: Element | undefined | null) => (element ? parseFloat(getComputedStyle(element).fontSize) : NaN);
        return {
          title: document.title,
          ogTitles: [...document.querySelectorAll('meta[property="og:title"]')].map((meta) => meta.getAttribute('content')),
          headerHeights: [...document.querySelectorAll('header.site-header')].map((header) => header.getBoundingClientRect().height),
          ratingBoxes: ratingBoxes.length,
          glances: glances.length,
          verdicts: verdicts.length,
          parts: {
            'the claim': [...document.querySelectorAll('h1')].map(place),
            'the rating': ratingBox ? [...ratingBox.querySelectorAll(`[data-rating="${rating}"]`)].map(place) : [],
            'the marked step of the meter': ratingBox ? [...ratingBox.querySelectorAll('[aria-current="step"]')].map(place) : [],
            'the verdict': verdicts.map(place),
          } as Record<string, Array<ReturnType<typeof place>>>,
          respondents: respondents.map(({ party, summary }) => {
            const items = glance ? [...glance.querySelectorAll(`[data-party="${party}"]`)] : [];
            const item = items[0];
            return {
              items: items.length,
              text: squash(item?.textContent),
              stances: item ? [...item.querySelectorAll('[data-stance]')].map((stance) => ({ stance: stance.getAttribute('data-stance'), place: place(stance) })) : [],
              summaries: item ? byText(item, summary).map(place) : [],
            };
          }),
          verdictSize: fontSize(verdicts[0]),
          claimSize: fontSize(document.querySelector('h1 .quoted')),
        };
      }, { rating: claim.rating, verdict: claim.verdict, glanceName, respondents: RESPONDENTS.map(({ id }) => ({ party: id, summary: responseOf(claim, id).summary })) });

      // The title and the share title lead with the rating and quote the claim: shared, it never reads as a statement of fact.
      expect(shown.title, `${where}: the title`).toMatch(new RegExp(`^${escapeRegExp(label)}: “${escapeRegExp(claim.shortForm)}”`));
      expect(shown.ogTitles, `${where}: the share title`).toEqual([`${label}: “${claim.shortForm}”`]);
      // The header takes one row: every site link sits on the same line as the brand.
      expect(shown.headerHeights.length, `${where}: one site header`).toBe(1);
      expect(shown.headerHeights[0]!, 'site header height in px (one row)').toBeLessThanOrEqual(56);
      expect(shown.ratingBoxes, `${where}: one region named "Our rating"`).toBe(1);
      expect(shown.glances, `${where}: one region named "${glanceName}"`).toBe(1);
      expect(shown.verdicts, `${where}: one paragraph of the rating box holds the verdict`).toBe(1);

      const onFirstScreen = Object.entries(shown.parts);
      for (const [index, { name }] of RESPONDENTS.entries()) {
        const response = responseOf(claim, RESPONDENTS[index]!.id);
        const item = shown.respondents[index]!;
        expect(item.items, `${name} at a glance`).toBe(1);
        expect(item.text, `${name} at a glance`).toContain(name);
        expect(item.stances.map(({ stance }) => stance), `${where}: ${name}'s stance at a glance`).toEqual([response.stance]);
        expect(item.text, `${where}: ${name}'s one-line summary at a glance`).toContain(response.summary.replace(/\s+/g, ' ').trim());
        onFirstScreen.push([`${name}'s stance`, item.stances.map(({ place }) => place)], [`${name}'s one-line summary`, item.summaries]);
      }
      for (const [what, places] of onFirstScreen) {
        expect(places.length, `${where}: ${what}: exactly one`).toBe(1);
        const box = places[0]!;
        expect(box.visible, `${where}: ${what} is visible`).toBe(true);
        expect(box.top, `${what}: top in px`).toBeGreaterThanOrEqual(0);
        expect(box.bottom, `${what}: bottom in px, within the first ${PHONE.height}`).toBeLessThanOrEqual(PHONE.height);
      }

      // The verdict is the most prominent sentence: set larger than the claim it answers.
      expect(shown.verdictSize, `${where}: the verdict's font size, against the claim's`).toBeGreaterThan(shown.claimSize);
    });
    await test.step('its small timeline draws each related event, no two leader lines crossing, no label clipped (timeline)', async () => {
      // The drawing is static SVG: its marks and leaders are the same at any width, so its labels are
      // read at every width on the first three claims with events, and at the narrowest on the rest.
      const widths = (claim.events ?? []).length === 0 ? [] : WITH_EVENTS.indexOf(claim) < 3 ? [...LABEL_WIDTHS] : [Math.min(...LABEL_WIDTHS)];
      await checkClaimEvents(page, claim, widths);
    });
    await page.setViewportSize(DESKTOP);
    await test.step('shows the claim, its rating and verdict, and every respondent’s response', async () => {
      // One evaluate reads the page (regions are sections named by the heading they point to); Node asserts.
      const shown = await page.evaluate((rating) => {
        const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
        const visible = (element: Element | null) => {
          if (!element) return false;
          const box = element.getBoundingClientRect();
          return element.checkVisibility() && box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
        };
        return {
          headings: [...document.querySelectorAll('h1')].map((heading) => squash(heading.textContent)),
          regions: [...document.querySelectorAll('section[aria-labelledby]')].map((section) => ({
            name: squash(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent),
            visible: visible(section),
            text: squash(section.textContent),
            rating: [...section.querySelectorAll(`[data-rating="${rating}"]`)].map((element) => squash(element.textContent)),
            stances: [...section.querySelectorAll('[data-stance]')].map((element) => element.getAttribute('data-stance')),
            statements: [...section.querySelectorAll('div.statement')].map((statement) => ({ visible: visible(statement), folded: statement.closest('details') !== null && section.contains(statement.closest('details')) })),
            firstQuoteVisible: visible(section.querySelector('blockquote, .paraphrase')),
          })),
        };
      }, claim.rating);
      expect(shown.headings, `${where}: one h1, the claim labelled and quoted`).toEqual([claimHeading(claim)]);
      const region = (name: string) => {
        const found = shown.regions.filter((candidate) => candidate.name === name);
        expect(found.length, `${where}: one region named "${name}"`).toBe(1);
        return found[0]!;
      };
      const ratingBox = region('Our rating');
      expect(ratingBox.rating, `${where}: the rating`).toEqual([ratingLabel(claim.rating)]);
      expect(ratingBox.text, `${where}: the verdict`).toContain(claim.verdict.replace(/\s+/g, ' ').trim());

      for (const { id: party, name } of RESPONDENTS) {
        const shownResponse = region(`${name}’s response`);
        const what = `${where}, ${name}’s response`;
        expect(shownResponse.visible, `${what}: visible`).toBe(true);
        const response = responseOf(claim, party);
        expect(shownResponse.stances, `${what}: its stance`).toEqual([response.stance]);
        if (response.stance === 'not-addressed') {
          expect(shownResponse.text, `${what}: says it did not address the claim`).toContain(`${name} did not address this claim.`);
          expect(shownResponse.statements.length, `${what}: the nearest statements`).toBe(response.nearest?.length ?? 0);
        } else {
          // A response that addresses the claim quotes (or reports) each statement it rests on.
          expect(shownResponse.statements.length, `${what}: its statements`).toBe(response.statements!.length);
          expect(shownResponse.firstQuoteVisible, `${what}: the first quote or paraphrase is visible`).toBe(true);
        }
        // The key statement (the first listed) is open; any others are folded behind one disclosure.
        const quoted = (response.stance === 'not-addressed' ? response.nearest : response.statements) ?? [];
        if (quoted.length > 0) expect(shownResponse.statements[0]?.visible, `${what}: the key statement is open`).toBe(true);
        const folded = shownResponse.statements.filter((statement) => statement.folded);
        expect(folded.length, `${what}: the other statements are folded`).toBe(Math.max(0, quoted.length - 1));
        for (const [index, statement] of folded.entries()) expect(statement.visible, `${what}: folded statement ${index + 1} is hidden`).toBe(false);
      }
    });
    await test.step('links every source by its address, absolute and https', async () => {
      // The region named Sources as a screen reader finds it (its name holds the word), read in one call.
      const linked = await page.evaluate(() => {
        const nameOf = (element: Element) =>
          (element.getAttribute('aria-label') ?? (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ')).replace(/\s+/g, ' ').trim();
        const regions = [...document.querySelectorAll('section[aria-label], section[aria-labelledby], [role="region"]')].filter((region) => /sources/i.test(nameOf(region)) && region.checkVisibility());
        return {
          regions: regions.length,
          sources: regions[0] ? [...regions[0].querySelectorAll('a[href]')].filter((link) => link.checkVisibility()).map((link) => link.getAttribute('href')) : [],
          external: [...document.querySelectorAll('a[href^="http"]')].map((link) => link.getAttribute('href')!),
        };
      });
      expect(linked.regions, `${where}: one region named Sources`).toBe(1);
      expect(linked.sources, `${where}: the sources' links`).toEqual(claim.sources.map((id) => SOURCE_URLS.get(id)));
      for (const href of linked.external.filter((url) => !HTTP_ONLY_URLS.has(url))) {
        expect(href, 'external links are absolute https').toMatch(/^https:\/\/[^/]+\.[a-z]{2,}/);
      }
    });
    await test.step('the rating meter marks the claim’s step, also in words, and no respondent wears a rating colour', async () => {
      const step = SCALE.findIndex((rating) => rating.id === claim.rating) + 1;
      // The meter is the list named for the rating scale, as a screen reader finds it; read in one call.
      const meter = await page.evaluate(() => {
        const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
        const lists = [...document.querySelectorAll('ol, ul, [role="list"]')].filter((list) => /rating scale/.test(list.getAttribute('aria-label') ?? '') && list.checkVisibility());
        const items = lists[0] ? [...lists[0].querySelectorAll(':scope > li, :scope > [role="listitem"]')] : [];
        const ratingBox = [...document.querySelectorAll('section[aria-labelledby]')].find((section) => squash(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent) === 'Our rating');
        return {
          lists: lists.length,
          current: items.map((item) => item.getAttribute('aria-current')),
          marked: lists[0]?.querySelectorAll('[aria-current="step"]').length ?? 0,
          ratingBoxText: squash(ratingBox?.textContent),
          toneColours: items.map((item) => getComputedStyle(item).color),
          partyColours: [...document.querySelectorAll('[data-party]')].map((element) => getComputedStyle(element).borderInlineStartColor),
        };
      });
      expect(meter.lists, `${where}: one list named for the rating scale`).toBe(1);
      expect(meter.current, `${where}: the meter's steps, the claim's marked`).toEqual(SCALE.map((_, index) => (index === step - 1 ? 'step' : null)));
      expect(meter.marked, `${where}: one marked step`).toBe(1);
      // Readable without colour: the text says which step it is.
      expect(meter.ratingBoxText, `${where}: the rating box names the step`).toContain(`step ${step} of ${SCALE.length}`);
      expect(meter.partyColours.length, `${where}: a coloured mark per respondent`).toBe(RESPONDENTS.length);
      for (const colour of meter.partyColours) expect(meter.toneColours, `${where}: party colour ${colour} is a rating colour`).not.toContain(colour);
    });
    await test.step('citations read cleanly: no stray spaces, no notes on how a title was read, no party named twice', async () => {
      const cited = await page.evaluate(() => ({
        text: document.querySelector('main')?.innerText ?? '',
        captions: [...document.querySelectorAll('div.statement .statement-caption .who')].map((who) => who.textContent ?? ''),
      }));
      // A space before punctuation, except an ellipsis that a quote itself contains (" ...").
      expect(cited.text.match(/.{0,40} (?:[;,:)]|\.(?!\.\.)).{0,10}/g) ?? [], `${where}: stray spaces`).toEqual([]);
      expect(cited.text, where).not.toMatch(/title not seen|title as read from the address/);
      for (const caption of cited.captions) {
        const party = caption.match(/\(([^)]+)\)$/)?.[1];
        if (party) expect(caption.slice(0, -party.length - 2), `${where}: "${caption}" names the party twice`).not.toContain(party);
      }
    });
    let snippet = '';
    await test.step('offers the embed snippet, a sandboxed preview and oEmbed discovery (embeds)', async () => {
      snippet = await checkEmbedOffer(page, request, `/claims/${claim.slug}/`);
    });
    await test.step('its previous and next links lead to the claims before and after it', async () => {
      const links = await page.locator('a[rel="prev"], a[rel="next"]').evaluateAll((found) =>
        found.map((link) => ({ rel: link.getAttribute('rel'), text: (link.textContent ?? '').replace(/\s+/g, ' ').trim(), href: link.getAttribute('href') })),
      );
      const before = ALL[ALL.indexOf(claim) - 1];
      const after = ALL[ALL.indexOf(claim) + 1];
      const expected = [
        ...(before ? [{ rel: 'prev', label: 'Previous claim', href: `/claims/${before.slug}/` }] : []),
        ...(after ? [{ rel: 'next', label: 'Next claim', href: `/claims/${after.slug}/` }] : []),
      ];
      expect(links.map(({ rel, href }) => ({ rel, href })), `${where}: previous and next links (none before the first, none after the last)`).toEqual(expected.map(({ rel, href }) => ({ rel, href })));
      for (const [index, { label }] of expected.entries()) expect(links[index]!.text, `${where}: the ${label} link says so`).toContain(label);
    });
    const [english, ...otherEditions] = WRITTEN_EDITIONS;
    await test.step(`${english!.locale}: the page shows the claim, its rating and one region per respondent, in ${english!.locale} (editions)`, async () => {
      await checkEditionPage(page, claim, english!);
    });
    await test.step(claim.updates?.length ? 'the page lists each update with its date (updates)' : 'the page says the claim has not changed since publication (updates)', async () => {
      await checkUpdatesLog(page, claim);
    });
    // Before the glossary check unfolds the page: the rating's definition must print although folded.
    await test.step('in print each response is labelled and in the story’s order, and the rating’s definition prints (print)', async () => {
      await checkClaimPrinted(page, RESPONDENTS.map(({ name }) => name), where);
      await page.emulateMedia({ media: null });
    });
    // After the check that folded statements are hidden: the glossary check opens every folded part (as a
    // reader would, and paper prints them), and folds them again for the click through to the rating.
    let terms: string[] = [];
    await test.step('every glossary term on the page is explained there (glossary)', async () => {
      terms = await checkPageTerms(page, where);
    });
    await test.step('…also in print (glossary)', async () => {
      await page.emulateMedia({ media: 'print' });
      await checkTermsPrinted(page, terms, where);
      await page.emulateMedia({ media: null });
      await refoldDetails(page);
    });
    await test.step("the rating's definition is one step away, with a link to its place on the full scale", async () => {
      // One click opens the definition; its link's target (the methodology page's #rating-… entry, with
      // the label and definition) is checked by methodology and pages specs, and the link check resolves it.
      await page.getByText(`What “${ratingLabel(claim.rating)}” means`).click();
      const opened = await page.evaluate(() => {
        const details = [...document.querySelectorAll('details.definition')].filter((element) => (element as HTMLDetailsElement).open);
        const link = details[0]?.querySelector('a');
        const box = link?.getBoundingClientRect();
        return {
          open: details.length,
          text: (details[0]?.textContent ?? '').replace(/\s+/g, ' '),
          link: link ? { text: (link.textContent ?? '').trim(), href: new URL(link.href).pathname + new URL(link.href).hash, visible: link.checkVisibility() && box!.width > 0 } : null,
        };
      });
      expect(opened.open, `${where}: one definition opened by the click`).toBe(1);
      expect(opened.text, `${where}: the rating's definition`).toContain(ratings().find((rating) => rating.id === claim.rating)!.definition.replace(/\s+/g, ' ').trim());
      expect(opened.link, `${where}: the link to the full scale`).toEqual({ text: 'The full rating scale', href: `/methodology/#rating-${claim.rating}`, visible: true });
    });
    await page.goto(`/embed/claims/${claim.slug}/`);
    // Before the glossary step, which opens the card's folded parts: the card as it first shows.
    await test.step(`its embed card names the claim page as canonical, and at ${SNIPPET_WIDTH} px fits the snippet's fixed height (embeds)`, async () => {
      await checkEmbedPage(page, `/embed/claims/${claim.slug}/`, `/claims/${claim.slug}/`, snippet, claim);
    });
    await page.setViewportSize(DESKTOP);
    await test.step('its embed card explains the terms it shows (glossary)', async () => {
      await checkCardTerms(page, `${where}'s embed card`);
    });
    await test.step(claim.updates?.length ? 'its embed card says when it last changed and links to the log (updates)' : 'its embed card shows no "updated" line (updates)', async () => {
      await checkCardUpdated(page, claim);
    });
    for (const edition of otherEditions) {
      await page.goto(`${edition.prefix}/claims/${claim.slug}/`);
      await test.step(`${edition.locale}: the page shows the claim, its rating and one region per respondent, in ${edition.locale} (editions)`, async () => {
        await checkEditionPage(page, claim, edition);
      });
    }
  });
}

test('the overview lists every claim in order, with its rating and every respondent’s stance, and each link works', async ({ page }) => {
  await page.goto('/');
  const rows = page.locator('table.claims-table tbody tr');
  await expect(rows).toHaveCount(ALL.length);
  for (const [index, claim] of ALL.entries()) {
    const row = rows.nth(index);
    await expect(row.getByRole('link', { name: claim.claim })).toHaveAttribute('href', `/claims/${claim.slug}/`);
    await expect(row.locator('[data-rating]')).toHaveText(ratingLabel(claim.rating));
    await expect(row.locator('[data-stance]')).toHaveCount(RESPONDENTS.length);
    for (const [position, { id }] of RESPONDENTS.entries()) {
      await expect(row.locator('[data-stance]').nth(position)).toHaveAttribute('data-stance', responseOf(claim, id).stance);
    }
  }
  const first = ALL[0]!;
  await rows.first().getByRole('link', { name: first.claim }).click();
  await expect(page).toHaveURL(`/claims/${first.slug}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(claimHeading(first));
});

/*
 * Every claim page's previous and next links are checked in the per-claim test (they lead to the claims
 * before and after it, and the first has no previous, the last no next); here a reader follows them.
 */
test('a reader can follow the next and previous links from one claim to the next and back', async ({ page }) => {
  test.skip(ALL.length < 2, 'one claim has no neighbours');
  const [first, second] = [ALL[0]!, ALL[1]!];
  await page.goto(`/claims/${first.slug}/`);
  await page.getByRole('link', { name: /Next claim/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(claimHeading(second));
  await page.getByRole('link', { name: /Previous claim/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(claimHeading(first));
});
