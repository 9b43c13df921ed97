import type { ClaimData, ResponseData } from '../../schemas/claim.ts';
import type { EventData } from '../../schemas/event.ts';
import type { GlossaryData } from '../../schemas/glossary.ts';
import type { PartyData } from '../../schemas/party.ts';
import type { RatingData } from '../../schemas/rating.ts';
import type { SourceData } from '../../schemas/source.ts';
import type { StatementData } from '../../schemas/statement.ts';
import type { LaneData, StoryData } from '../../schemas/story.ts';
import { comparePartialDates, formatPartialDateRange } from '../partialDate.ts';
import { markdownToText, termsUsedIn } from './glossary.ts';
import type { Entry, Reference, SiteContent } from './types.ts';

/**
 * The site as the pages use it: every reference resolved, claims in their stable order, and the
 * reverse links (which claims cite a source, which claims an event bears on) computed once.
 */

export type Party = PartyData & { id: string };
export type Rating = RatingData & { id: string };
export type Source = SourceData & { id: string };
export type Statement = Omit<StatementData, 'party' | 'sources'> & { id: string; party: Party; sources: Source[] };
export type TimelineEvent = Omit<EventData, 'parties' | 'sources'> & {
  id: string;
  parties: Party[];
  sources: Source[];
  /** Id of the lane the event is drawn in: the story's lane of its first party. */
  lane: string;
  /** Slugs of the claims this event bears on (from the claims' `events`, so the link is kept in one place). */
  claimSlugs: string[];
  /** The date as readers see it, at its precision: "2009", "17 April 2021", "2009 – 2010". */
  dateLabel: string;
};
export type GlossaryTerm = Omit<GlossaryData, 'source'> & { id: string; source?: Source | undefined };
/** A respondent's response to a claim (named so as not to shadow Fetch's Response). */
export type PartyResponse = Omit<ResponseData, 'statements' | 'nearest'> & {
  party: Party;
  statements: Statement[];
  nearest: Statement[];
};
export type Claim = Omit<ClaimData, 'madeBy' | 'rating' | 'responses' | 'sources' | 'events' | 'appearances'> & {
  slug: string;
  madeBy: Party;
  rating: Rating;
  appearances: Array<Omit<ClaimData['appearances'][number], 'source'> & { source?: Source | undefined }>;
  /** One response per respondent, in the story's order of respondents. */
  responses: PartyResponse[];
  sources: Source[];
  events: TimelineEvent[];
  /** Glossary terms used anywhere a reader sees on the claim's page (and its proof page), alphabetical. */
  terms: GlossaryTerm[];
  /** Glossary terms used in what the embed card shows: the claim, the verdict and both summaries. */
  cardTerms: GlossaryTerm[];
};

/** The story's configuration, its respondents resolved to their parties. */
export type Story = Omit<StoryData, 'respondents'> & {
  respondents: Party[];
  /** The respondents' short names as one phrase in the story's language ("A and B", "A, B and C"). */
  respondentNames: string;
};
export type Lane = LaneData;

export interface SiteModel {
  story: Story;
  claims: Claim[];
  /** Best first. */
  ratings: Rating[];
  /** The ends of the published scale (ClaimReview's bestRating and worstRating). */
  scale: { best: number; worst: number };
  sources: Source[];
  events: TimelineEvent[];
  parties: Party[];
  statements: Statement[];
  claimBySlug: Map<string, Claim>;
  /** Claims citing each source (in its list of sources, its appearances or its responses' statements). */
  claimsBySource: Map<string, Claim[]>;
  /** Every source the site cites somewhere: claims, statements or events. */
  citedSourceIds: Set<string>;
  /** Claims quoting each statement in a response (as an answer or as the nearest general statement). */
  claimsByStatement: Map<string, Claim[]>;
  /** Every glossary term, alphabetical. */
  glossary: GlossaryTerm[];
}

export function buildSiteModel(content: SiteContent): SiteModel {
  const storyEntry = content.story.find((entry) => entry.id === 'story');
  // integrity.ts reports a missing or malformed story with its file before the model is built; this is a guard.
  if (!storyEntry) throw new Error('story.yaml must hold one entry with id "story"');
  const parties = indexBy(content.parties, (entry) => ({ id: entry.id, ...entry.data }));
  const ratings = indexBy(content.ratings, (entry) => ({ id: entry.id, ...entry.data }));
  const sources = indexBy(content.sources, (entry) => ({ id: entry.id, ...entry.data }));
  const resolve = <T>(index: Map<string, T>, ref: Reference): T => {
    const found = index.get(ref.id);
    // integrity.ts reports these with file and field before the model is built; this is a guard.
    if (!found) throw new Error(`Missing ${ref.collection} entry "${ref.id}"`);
    return found;
  };
  const statements = indexBy(content.statements, (entry) => ({
    ...entry.data,
    id: entry.id,
    party: resolve(parties, entry.data.party),
    sources: entry.data.sources.map((ref) => resolve(sources, ref)),
  }));

  const story: Story = {
    ...storyEntry.data,
    respondents: storyEntry.data.respondents.map((id) => resolve(parties, { collection: 'parties', id })),
    respondentNames: listFormat(storyEntry.data.lang, storyEntry.data.respondents.map((id) => resolve(parties, { collection: 'parties', id }).shortName)),
  };
  const laneByParty = new Map(story.lanes.flatMap((lane) => lane.parties.map((id) => [id, lane.id] as const)));

  const sortedClaimEntries = [...content.claims].sort((a, b) => a.data.number - b.data.number);
  const claimSlugsByEvent = new Map<string, string[]>();
  for (const entry of sortedClaimEntries) {
    for (const ref of entry.data.events) {
      claimSlugsByEvent.set(ref.id, [...(claimSlugsByEvent.get(ref.id) ?? []), entry.id]);
    }
  }
  const events = indexBy(content.events, (entry) => {
    const eventParties = entry.data.parties.map((ref) => resolve(parties, ref));
    return {
      ...entry.data,
      id: entry.id,
      parties: eventParties,
      sources: entry.data.sources.map((ref) => resolve(sources, ref)),
      lane: laneByParty.get(eventParties[0]!.id)!,
      claimSlugs: claimSlugsByEvent.get(entry.id) ?? [],
      dateLabel: formatPartialDateRange(entry.data.date, entry.data.until),
    };
  });
  const sortedEvents = [...events.values()].sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id));

  const toResponse = (party: Party, data: ResponseData): PartyResponse => ({
    ...data,
    party,
    statements: data.statements.map((ref) => resolve(statements, ref)),
    nearest: data.nearest.map((ref) => resolve(statements, ref)),
  });

  const glossary: GlossaryTerm[] = (content.glossary ?? [])
    .map((entry) => ({ ...entry.data, id: entry.id, source: entry.data.source ? resolve(sources, entry.data.source) : undefined }))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));

  const claims: Claim[] = sortedClaimEntries.map((entry) => withTerms({
    ...entry.data,
    slug: entry.id,
    madeBy: resolve(parties, entry.data.madeBy),
    rating: resolve(ratings, entry.data.rating),
    appearances: entry.data.appearances.map((appearance) => ({
      ...appearance,
      source: appearance.source ? resolve(sources, appearance.source) : undefined,
    })),
    responses: story.respondents.map((party) => {
      const data = entry.data.responses[party.id];
      if (!data) throw new Error(`${entry.filePath ?? entry.id} → responses.${party.id}: missing`);
      return toResponse(party, data);
    }),
    sources: entry.data.sources.map((ref) => resolve(sources, ref)),
    events: entry.data.events
      .map((ref) => resolve(events, ref))
      .sort((a, b) => comparePartialDates(a.date, b.date)),
    terms: [],
    cardTerms: [],
  }, entry.body ?? '', glossary));

  const claimsBySource = new Map<string, Claim[]>();
  for (const claim of claims) {
    for (const sourceId of sourcesOfClaim(claim)) {
      claimsBySource.set(sourceId, [...(claimsBySource.get(sourceId) ?? []), claim]);
    }
  }
  const claimsByStatement = new Map<string, Claim[]>();
  for (const claim of claims) {
    const ids = new Set(claim.responses.flatMap((r) => [...r.statements, ...r.nearest].map((s) => s.id)));
    for (const id of ids) claimsByStatement.set(id, [...(claimsByStatement.get(id) ?? []), claim]);
  }
  const citedSourceIds = new Set<string>(claimsBySource.keys());
  for (const statement of statements.values()) for (const source of statement.sources) citedSourceIds.add(source.id);
  for (const event of events.values()) for (const source of event.sources) citedSourceIds.add(source.id);

  return {
    story,
    claims,
    ratings: [...ratings.values()].sort((a, b) => b.value - a.value),
    scale: { best: Math.max(...[...ratings.values()].map((r) => r.value)), worst: Math.min(...[...ratings.values()].map((r) => r.value)) },
    sources: [...sources.values()],
    events: sortedEvents,
    parties: [...parties.values()],
    statements: [...statements.values()],
    claimBySlug: new Map(claims.map((claim) => [claim.slug, claim])),
    claimsBySource,
    citedSourceIds,
    claimsByStatement,
    glossary,
  };
}

/**
 * Fills in the glossary terms a claim uses, read from everything a reader sees of it: on its page
 * and proof (claim, where it appeared, rating note, verdict, every response with their quotes and
 * notes, the analysis, related events' titles, every cited source and updates), and on its embed card (claim,
 * verdict, summaries). Reading the text, not tags, keeps the lists right whatever editors write.
 */
function withTerms(claim: Claim, body: string, glossary: GlossaryTerm[]): Claim {
  // A cited source shows its outlet, title and notes wherever it is linked (Dutch titles included).
  const sourceText = (source: Source | undefined) => (source ? [source.outlet, source.outletNote, source.title, source.note, source.dateNote] : []);
  const responseText = (response: PartyResponse) => [
    response.party.shortName,
    response.summary,
    response.note,
    // As the response column shows them: the nearest general statement only where the party did not address the claim.
    ...(response.stance === 'not-addressed' ? response.nearest : response.statements).flatMap((s) => [
      s.speaker, s.text, s.translation, s.context, s.variants, s.dateNote, ...s.sources.flatMap(sourceText),
    ]),
  ];
  const pageText = [
    claim.claim,
    claim.articleWording,
    ...claim.appearances.flatMap((appearance) => [appearance.label, ...sourceText(appearance.source)]),
    claim.madeBy.name,
    claim.rating.label,
    claim.ratingNote,
    claim.verdict,
    ...claim.responses.flatMap(responseText),
    markdownToText(body),
    // The claim page's small timeline shows each event's title; the descriptions are on /timeline/.
    ...claim.events.map((event) => event.title),
    ...claim.sources.flatMap(sourceText),
    ...claim.updates.map((update) => update.change),
  ];
  const cardText = [claim.claim, claim.rating.label, claim.verdict, ...claim.responses.map((response) => response.summary)];
  return { ...claim, terms: termsUsedIn(pageText, glossary), cardTerms: termsUsedIn(cardText, glossary) };
}

/** Ids of every source a claim rests on: its list, where it appeared, and the statements quoted in its responses. */
export function sourcesOfClaim(claim: Claim): Set<string> {
  const ids = new Set(claim.sources.map((source) => source.id));
  for (const appearance of claim.appearances) if (appearance.source) ids.add(appearance.source.id);
  for (const response of claim.responses) {
    for (const statement of [...response.statements, ...response.nearest]) for (const source of statement.sources) ids.add(source.id);
  }
  return ids;
}

/** Neighbours in the stable claim order, for "previous" and "next" links. */
const positions = new WeakMap<Claim[], Map<string, number>>();

export function neighbours(claims: Claim[], slug: string): { previous?: Claim | undefined; next?: Claim | undefined } {
  // One lookup table per claim list: a search per page would make a build of n claims O(n²).
  let position = positions.get(claims);
  if (!position) positions.set(claims, (position = new Map(claims.map((claim, index) => [claim.slug, index]))));
  const index = position.get(slug) ?? -1;
  return { previous: index > 0 ? claims[index - 1] : undefined, next: index >= 0 ? claims[index + 1] : undefined };
}

/** Counts of claims per rating, in scale order, zeros included, for the overview and the proof's cover. */
export function countByRating(model: Pick<SiteModel, 'claims' | 'ratings'>): Array<{ rating: Rating; count: number }> {
  return model.ratings.map((rating) => ({ rating, count: model.claims.filter((claim) => claim.rating.id === rating.id).length }));
}

/** "A and B", "A, B and C": names joined as the story's language joins them. */
export function listFormat(lang: string, names: string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}

function indexBy<T, V>(entries: Entry<T>[], map: (entry: Entry<T>) => V): Map<string, V> {
  return new Map(entries.map((entry) => [entry.id, map(entry)]));
}
