import { getCollection, getEntry, render } from 'astro:content';
import { assertContentIsSound } from '../lib/content/integrity';
import { buildSiteModel, type Claim, type SiteModel } from '../lib/content/siteModel';
import type { SiteContent } from '../lib/content/types';
import { STANCES, type Stance } from '../schemas/claim';
import type { OverviewData } from '../schemas/overview';

/**
 * The one place that reads the content collections. Every page asks for the model here; the content
 * is checked once, and a broken reference stops the build with the file and field named.
 */
let model: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
  model ??= (async () => {
    const content: SiteContent = {
      story: await getCollection('story'),
      claims: await getCollection('claims'),
      statements: await getCollection('statements'),
      sources: await getCollection('sources'),
      parties: await getCollection('parties'),
      events: await getCollection('events'),
      ratings: await getCollection('ratings'),
      glossary: await getCollection('glossary'),
    };
    assertContentIsSound(content);
    return buildSiteModel(content);
  })();
  return model;
}

/** Static paths for routes with one page per claim (the claim page and its embed). */
export async function claimStaticPaths() {
  const model = await loadSite();
  return model.claims.map((claim) => ({ params: { slug: claim.slug }, props: { claim } }));
}

/** The rendered analysis (the MDX body) of each claim, in the order given. */
export async function claimBodies(claims: Claim[]) {
  return Promise.all(
    claims.map(async (claim) => {
      const entry = await getEntry('claims', claim.slug);
      if (!entry) throw new Error(`No claim entry ${claim.slug}`);
      return (await render(entry)).Content;
    }),
  );
}

/**
 * The published method: every stance label with its definition (in the order of STANCES) and the
 * rating rule's lines (by their `order`). A stance without a definition, or a definition of a stance
 * that does not exist, stops the build: the methodology page must define every label a claim uses.
 */
export async function loadMethod() {
  const stanceEntries = await getCollection('stances');
  const unknown = stanceEntries.filter((entry) => !(STANCES as readonly string[]).includes(entry.id));
  const missing = STANCES.filter((stance) => !stanceEntries.some((entry) => entry.id === stance));
  if (unknown.length > 0 || missing.length > 0) {
    const file = stanceEntries[0]?.filePath ?? 'stances.yaml';
    throw new Error(
      `${file} → ${[...missing.map((id) => `no definition for stance "${id}"`), ...unknown.map((e) => `"${e.id}" is not a stance (expected one of ${STANCES.join(', ')})`)].join('; ')}`,
    );
  }
  const stances = STANCES.map((id) => ({ id: id as Stance, ...stanceEntries.find((entry) => entry.id === id)!.data }));
  const ratingRules = (await getCollection('ratingRules')).map((entry) => ({ id: entry.id, ...entry.data })).sort((a, b) => a.order - b.order);
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

/** One editorial text; a missing file stops the build and names the file it expected. */
export async function overviewText(id: OverviewTextId): Promise<OverviewText> {
  const entry = await getEntry('overview', id);
  if (!entry) throw new Error(`overview/${id}.md is missing from the content folder: the site and the print proof need it (one of ${OVERVIEW_TEXTS.join(', ')})`);
  return { id, data: entry.data, Content: (await render(entry)).Content };
}
