import { getCollection, getEntry, render } from 'astro:content';
import { assertContentIsSound } from '../lib/content/integrity';
import { buildSiteModel, type Claim, type SiteModel } from '../lib/content/siteModel';
import type { SiteContent } from '../lib/content/types';

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
      glossary: await getCollection('glossary'),
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
