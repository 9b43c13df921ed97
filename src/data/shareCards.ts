import serifBold from '../assets/fonts/gelasio-latin-700-normal.woff?inline';
import sansRegular from '../assets/fonts/inter-latin-400-normal.woff?inline';
import sansBold from '../assets/fonts/inter-latin-700-normal.woff?inline';
import { uiFor } from '../i18n/ui';
import { localePrefix, toLocale } from '../lib/paths';
import { countByRating, type Claim, type SiteModel } from '../lib/content/siteModel';
import { claimResponses, shareCardAlt, shareCardInput, siteLabel } from '../lib/shareCard/input';
import { claimCard, overviewCard, type OverviewCardInput } from '../lib/shareCard/layout';
import { cardPng, loadCardFonts, type CardFonts } from '../lib/shareCard/render';
import { SITE_URL } from '../lib/siteUrl';

/**
 * The share cards (og:image) of the claim pages, the home page and the timeline: what each says, and
 * its PNG, drawn at build time by the endpoints under src/pages/og/. The pages ask here for the alt
 * text, so the words of the image and of its description come from one place.
 */

/**
 * Site paths of the cards. Pages without a card of their own share the home page's (public/og/site.png,
 * the hand-made image of the first edition, stays at its address for links already shared).
 */
export function cardPaths(currentLocale: string | undefined) {
  const prefix = localePrefix(toLocale(currentLocale));
  return {
    claim: (slug: string) => `${prefix}og/claims/${slug}.png`,
    home: `${prefix}og/home.png`,
    timeline: `${prefix}og/timeline.png`,
  } as const;
}

// The fonts are inlined into the build (Vite's ?inline gives a data: URL), so the endpoints do not
// depend on where the bundled code runs from.
const bytesOf = (dataUrl: string) => new Uint8Array(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
let fonts: CardFonts | undefined;
function cardFonts(): CardFonts {
  fonts ??= loadCardFonts({ serifBold: bytesOf(serifBold), sansRegular: bytesOf(sansRegular), sansBold: bytesOf(sansBold) });
  return fonts;
}

const siteText = () => siteLabel(import.meta.env.SITE ?? SITE_URL, import.meta.env.BASE_URL ?? '/');

export function claimCardInput(claim: Claim, model: SiteModel) {
  const ui = uiFor(model.story.lang);
  return shareCardInput(claim, { stanceLabel: (stance) => ui.stances[stance] ?? stance, publisher: model.story.publisher, site: siteText() });
}

export function claimCardAlt(claim: Claim, model: SiteModel): string {
  return shareCardAlt(claimCardInput(claim, model), uiFor(model.story.lang).shareCard);
}

/** The claim's file (under CONTENT_DIR, as src/content.config.ts reads it), so a short form that does not fit is reported where it is written. */
const claimName = (claim: Claim) => `${(process.env.CONTENT_DIR ?? 'src/content').replace(/^\.\//, '')}/claims/${claim.slug}.mdx (claim ${claim.number})`;

/** The claim's card laid out: every text fitted, or an error naming the claim's file and the field. */
function claimCardLayout(claim: Claim, model: SiteModel) {
  const ui = uiFor(model.story.lang);
  return claimCard(claimCardInput(claim, model), cardFonts().metrics, { name: claimName(claim), kicker: ui.shareCard.kicker, ratingField: ui.shareCard.ratingField });
}

export function claimCardPng(claim: Claim, model: SiteModel): Promise<Uint8Array<ArrayBuffer>> {
  return cardPng(claimCardLayout(claim, model), cardFonts());
}

function respondentsPossessive(site: SiteModel): string {
  const names = site.story.respondents.map((party) => uiFor(site.story.lang).shareCard.respondentOf(party.shortName));
  return new Intl.ListFormat(site.story.lang, { type: 'conjunction' }).format(names);
}

function homeCardInput(site: SiteModel): OverviewCardInput {
  const ui = uiFor(site.story.lang);
  const steps = [...countByRating(site)].sort((a, b) => a.rating.value - b.rating.value);
  return {
    kicker: ui.shareCard.homeKicker,
    title: site.story.title,
    summary: ui.shareCard.homeSummary(site.claims.length, respondentsPossessive(site)),
    facts: steps.map(({ rating, count }) => ({ label: rating.label, value: String(count), tone: rating.tone })),
    publisher: site.story.publisher,
    site: siteText(),
  };
}

export function homeCardAlt(site: SiteModel): string {
  const ui = uiFor(site.story.lang);
  const input = homeCardInput(site);
  return ui.shareCard.homeAlt(input.title, input.summary, input.facts.map((fact) => `${fact.label} ${fact.value}`).join(', '));
}

const homeCardLayout = (site: SiteModel) => overviewCard(homeCardInput(site), cardFonts().metrics, { name: 'home page share card (story.yaml: title)' });

export function homeCardPng(site: SiteModel): Promise<Uint8Array<ArrayBuffer>> {
  return cardPng(homeCardLayout(site), cardFonts());
}

function timelineCardInput(site: SiteModel): OverviewCardInput {
  const ui = uiFor(site.story.lang);
  const years = site.events.flatMap((event) => [event.date, event.until ?? event.date]).map((date) => Number(date.iso.slice(0, 4)));
  return {
    kicker: ui.shareCard.timelineKicker,
    title: site.story.timeline.title,
    summary: site.story.timeline.takeaway,
    facts: [
      { label: ui.shareCard.timelineEvents, value: String(site.events.length) },
      { label: ui.shareCard.timelineFrom, value: String(Math.min(...years)) },
      { label: ui.shareCard.timelineTo, value: String(Math.max(...years)) },
    ],
    publisher: site.story.publisher,
    site: siteText(),
  };
}

export function timelineCardAlt(site: SiteModel): string {
  const ui = uiFor(site.story.lang);
  const input = timelineCardInput(site);
  return ui.shareCard.timelineAlt(input.title, input.summary, input.facts.map((fact) => `${fact.label}: ${fact.value}`).join(', '));
}

const timelineCardLayout = (site: SiteModel) =>
  overviewCard(timelineCardInput(site), cardFonts().metrics, { name: 'timeline share card (story.yaml: timeline.title, timeline.takeaway)' });

export function timelineCardPng(site: SiteModel): Promise<Uint8Array<ArrayBuffer>> {
  return cardPng(timelineCardLayout(site), cardFonts());
}

/**
 * Lays out every card of an edition, without drawing it: a text that cannot fit stops the build when
 * the edition's model is first made (src/data/site.ts), with the file and the field named, before a
 * single page is written, where the card's own endpoint would find it only late in the build. Fitting
 * is measuring text with the fonts' metrics, a few milliseconds for all the cards.
 */
export function assertShareCardsFit(site: SiteModel): void {
  for (const claim of site.claims) claimCardLayout(claim, site);
  homeCardLayout(site);
  timelineCardLayout(site);
}
