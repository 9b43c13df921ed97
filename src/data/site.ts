import { getCollection, getEntry, render } from 'astro:content';
import { assertContentIsSound } from '../lib/content/integrity';
import { buildSiteModel, type Claim } from '../lib/content/siteModel';
import { assertShareCardsFit } from './shareCards';
import type { SiteContent } from '../lib/content/types';
import { buildDutchSiteModel, translateEntries, type DutchContent, type DutchSiteModel } from '../lib/i18n/dutchModel';
import { assertTranslationsCurrent, translatedCollections } from '../lib/i18n/translationStamps';
import { LOCALES, toLocale, type Locale } from '../lib/paths';
import { STANCES, type Stance } from '../schemas/claim';
import type { OverviewData } from '../schemas/overview';

/**
 * The site model of one edition. The Dutch model has the same shape as the English one (its claims
 * may carry our translation of the article's English wording), so a page renders either.
 */
export type EditionModel = DutchSiteModel;

/**
 * The one place that reads the content collections. Every page asks for its edition's model here;
 * the content is checked once, and a broken reference, a Dutch entry behind its English one, or a
 * text too long for its share card stops the build with the file and field named.
 */
const models = new Map<Locale, Promise<EditionModel>>();

async function englishContent(): Promise<SiteContent> {
  return {
    story: await getCollection('story'),
    claims: await getCollection('claims'),
    statements: await getCollection('statements'),
    sources: await getCollection('sources'),
    parties: await getCollection('parties'),
    events: await getCollection('events'),
    ratings: await getCollection('ratings'),
    glossary: await getCollection('glossary'),
  };
}

async function dutchContent(): Promise<DutchContent> {
  return {
    story: await getCollection('nlStory'),
    claims: await getCollection('nlClaims'),
    statements: await getCollection('nlStatements'),
    sources: await getCollection('nlSources'),
    parties: await getCollection('nlParties'),
    events: await getCollection('nlEvents'),
    ratings: await getCollection('nlRatings'),
    glossary: await getCollection('nlGlossary'),
  };
}

/**
 * The integrity step: the content is sound, and every Dutch entry covers its English entry as it is
 * now (src/lib/i18n/translationStamps.ts), so a correction cannot reach one language only.
 */
let checked: Promise<SiteContent> | undefined;
function checkedContent(): Promise<SiteContent> {
  // Once per build, whichever edition asks first: both models are made from the same checked content.
  // Not under `astro dev`, where an editor changes the content while this module lives on: there each
  // page is made from the content as it is now, as before.
  if (import.meta.env.DEV) return checkContent();
  checked ??= checkContent();
  return checked;
}

async function checkContent(): Promise<SiteContent> {
  const content = await englishContent();
  assertContentIsSound(content);
  const dutch = await dutchContent();
  assertTranslationsCurrent(
    translatedCollections(
      { ...content, stances: await getCollection('stances'), ratingRules: await getCollection('ratingRules'), overview: await getCollection('overview') },
      { ...dutch, stances: await getCollection('nlStances'), ratingRules: await getCollection('nlRatingRules'), overview: await getCollection('nlOverview') },
    ),
  );
  return content;
}

/** The model of the edition a page is in (Astro.currentLocale; English when not given). */
export function loadSite(currentLocale?: string | undefined): Promise<EditionModel> {
  const locale = toLocale(currentLocale);
  let model = models.get(locale);
  if (!model) {
    model = (async () => {
      const content = await checkedContent();
      const edition = locale === 'nl' ? buildDutchSiteModel(content, await dutchContent()) : buildSiteModel(content);
      assertShareCardsFit(edition);
      return edition;
    })();
    models.set(locale, model);
  }
  return model;
}

/**
 * The editions this content folder publishes: English always, Dutch when it has a Dutch edition
 * (a `nl/` folder). The fictional example has none, so its build stays English only.
 */
export async function editions(): Promise<Locale[]> {
  const hasDutch = (await getCollection('nlClaims')).length > 0;
  return LOCALES.filter((locale) => locale === 'en' || hasDutch);
}

/**
 * The `locale` param of a route that renders every edition (src/pages/[...locale]/): undefined for
 * English, at the root, so no published URL changes; "nl" for the Dutch pages under /nl/.
 */
export async function localeStaticPaths() {
  return (await editions()).map((locale) => ({ params: { locale: locale === 'en' ? undefined : locale } }));
}

/** Static paths for routes with one page per claim (the claim page and its embed), in every edition. */
export async function claimStaticPaths() {
  const paths = [];
  for (const { params } of await localeStaticPaths()) {
    const model = await loadSite(params.locale);
    paths.push(...model.claims.map((claim) => ({ params: { ...params, slug: claim.slug }, props: { claim } })));
  }
  return paths;
}

/** The rendered analysis (the MDX body) of each claim, in the order given, in the page's edition. */
export async function claimBodies(claims: Claim[], currentLocale?: string | undefined) {
  const collection = toLocale(currentLocale) === 'nl' ? 'nlClaims' : 'claims';
  return Promise.all(
    claims.map(async (claim) => {
      const entry = await getEntry(collection, claim.slug);
      if (!entry) throw new Error(`No ${collection} entry ${claim.slug}`);
      return (await render(entry)).Content;
    }),
  );
}

/**
 * The published method: every stance label with its definition (in the order of STANCES) and the
 * rating rule's lines (by their `order`). A stance without a definition, or a definition of a stance
 * that does not exist, stops the build: the methodology page must define every label a claim uses.
 */
export async function loadMethod(currentLocale?: string | undefined) {
  const dutch = toLocale(currentLocale) === 'nl';
  const englishStances = await getCollection('stances');
  const stanceEntries = dutch ? translateEntries('stances', englishStances, await getCollection('nlStances')) : englishStances;
  const unknown = stanceEntries.filter((entry) => !(STANCES as readonly string[]).includes(entry.id));
  const missing = STANCES.filter((stance) => !stanceEntries.some((entry) => entry.id === stance));
  if (unknown.length > 0 || missing.length > 0) {
    const file = stanceEntries[0]?.filePath ?? 'stances.yaml';
    throw new Error(
      `${file} → ${[...missing.map((id) => `no definition for stance "${id}"`), ...unknown.map((e) => `"${e.id}" is not a stance (expected one of ${STANCES.join(', ')})`)].join('; ')}`,
    );
  }
  const stances = STANCES.map((id) => ({ id: id as Stance, ...stanceEntries.find((entry) => entry.id === id)!.data }));
  const englishRules = await getCollection('ratingRules');
  const ruleEntries = dutch ? translateEntries('ratingRules', englishRules, await getCollection('nlRatingRules')) : englishRules;
  const ratingRules = ruleEntries.map((entry) => ({ id: entry.id, ...entry.data })).sort((a, b) => a.order - b.order);
  return { stances, ratingRules };
}

/** An editorial text of the overview (src/content/overview/<id>.md): its front matter and rendered body. */
export interface OverviewText {
  id: string;
  data: OverviewData;
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

/**
 * The editorial texts every story writes (src/content/overview/<id>.md): the home page's lede and
 * bottom line, and the methodology page's story-specific paragraphs. The proof prints them all.
 */
export const OVERVIEW_TEXTS = ['lede', 'bottom-line', 'methodology-scale', 'methodology-scale-order', 'methodology-choice', 'methodology-checking'] as const;
export type OverviewTextId = (typeof OVERVIEW_TEXTS)[number];

/**
 * One editorial text, in the page's edition; a missing file stops the build and names the file it
 * expected. In Dutch, the title and updates log are the Dutch entry's (the dates stay the English
 * entry's) and the body is the Dutch file's.
 */
export async function overviewText(id: OverviewTextId, currentLocale?: string | undefined): Promise<OverviewText> {
  const entry = await getEntry('overview', id);
  if (!entry) throw new Error(`overview/${id}.md is missing from the content folder: the site and the print proof need it (one of ${OVERVIEW_TEXTS.join(', ')})`);
  if (toLocale(currentLocale) !== 'nl') return { id, data: entry.data, Content: (await render(entry)).Content };
  const dutch = await getEntry('nlOverview', id);
  if (!dutch) throw new Error(`nl/overview/${id}.md is missing: the Dutch edition needs every editorial text`);
  const [translated] = translateEntries('overview', [entry], [dutch]);
  return { id, data: translated!.data, Content: (await render(dutch)).Content };
}
