import { z } from 'astro/zod';

/** The timeline lanes: every party belongs to one actor group. */
export const ACTOR_GROUPS = ['kpn', 'huawei', 'press', 'state', 'other'] as const;

export const partySchema = z.object({
  /** Full name as a reader should see it. */
  name: z.string().min(1),
  /**
   * The name to credit as the author of a claim in structured data (ClaimReview's itemReviewed.author),
   * where `name` describes the party rather than names it; keeps any doubt about who it is. Defaults to `name`.
   */
  authorName: z.string().min(1).optional(),
  /** Short name for tables and chart labels. */
  shortName: z.string().min(1),
  /** What kind of actor this is, in a few words (e.g. "telecom operator"). */
  role: z.string().min(1),
  /** The timeline lane the party's events are drawn in. */
  group: z.enum(ACTOR_GROUPS),
  /** One or two sentences on who the party is and its part in the story. */
  description: z.string().min(1),
});

export type PartyData = z.output<typeof partySchema>;
export type ActorGroup = (typeof ACTOR_GROUPS)[number];
