import type { ClaimData } from '../../schemas/claim.ts';
import type { EventData } from '../../schemas/event.ts';
import type { GlossaryData } from '../../schemas/glossary.ts';
import type { PartyData } from '../../schemas/party.ts';
import type { RatingData } from '../../schemas/rating.ts';
import type { SourceData } from '../../schemas/source.ts';
import type { StatementData } from '../../schemas/statement.ts';
import type { StoryData } from '../../schemas/story.ts';

/** One content entry as the content layer hands it over: id, validated data, and the file it came from. */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
  /** The raw Markdown/MDX body, for entries that have one (the claims' analysis). */
  body?: string | undefined;
}

/** Every collection of the site, as loaded. The pure functions in src/lib/content take this shape. */
export interface SiteContent {
  /** The story's configuration: one entry, id "story" (story.yaml). */
  story: Entry<StoryData>[];
  claims: Entry<ClaimData>[];
  statements: Entry<StatementData>[];
  sources: Entry<SourceData>[];
  parties: Entry<PartyData>[];
  events: Entry<EventData>[];
  ratings: Entry<RatingData>[];
  /** Terms explained wherever a claim uses them; optional so that a content folder without a glossary still builds. */
  glossary?: Entry<GlossaryData>[] | undefined;
}

export type CollectionName = keyof SiteContent;

/** A reference between collections, as Astro's reference() produces it. */
export interface Reference {
  collection: string;
  id: string;
}
