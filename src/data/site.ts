import { getCollection, getEntry, render } from 'astro:content';
import { assertContentIsSound } from '../lib/content/integrity';
import { buildSiteModel, type Claim, type SiteModel } from '../lib/content/siteModel';
import type { SiteContent } from '../lib/content/types';
import type { OverviewData } from '../schemas/overview';

/**
 * The one place that reads the content collections. Every page asks for the model here; the content
 * is checked once, and a broken reference stops the build with the file and field named.
 */
let model: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
  model ??= (async () => {
    const content: SiteContent = {
      claims: await getCollection('claims'),
      statements: await getCollection('statements'),
      sources: await getCollection('sources'),
      parties: await getCollection('parties'),
      events: await getCollection('events'),
      ratings: await getCollection('ratings'),
    };
    assertContentIsSound(content);
    return buildSiteModel(content);
  })();
  return model;
}

/** Static paths for routes with one page per claim (the claim page and its embed). */
export async function claimStaticPaths() {
  const site = await loadSite();
  return site.claims.map((claim) => ({ params: { slug: claim.slug }, props: { claim } }));
}

/** The rendered analysis (the MDX body) of each claim, in the order given. */
export async function claimBodies(claims: Claim[]) {
  return Promise.all(
    claims.map(async (claim) => {
      const entry = await getEntry('claims', claim.entryId);
      if (!entry) throw new Error(`No claim entry ${claim.entryId}`);
      return (await render(entry)).Content;
    }),
  );
}

/** An editorial text of the overview (src/content/overview/<id>.md): its front matter and rendered body. */
export interface OverviewText {
  id: string;
  data: OverviewData;
  Content: Awaited<ReturnType<typeof render>>['Content'];
}

/** The lede or the bottom line; a missing file stops the build and names the file it expected. */
export async function overviewText(id: 'lede' | 'bottom-line'): Promise<OverviewText> {
  const entry = await getEntry('overview', id);
  if (!entry) throw new Error(`src/content/overview/${id}.md is missing: the home page and the print proof need it`);
  return { id, data: entry.data, Content: (await render(entry)).Content };
}
