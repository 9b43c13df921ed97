import { z } from 'astro/zod';
import { dayDateSchema } from './partialDate.ts';

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
  /** One or two sentences on who the party is and its part in the story. */
  description: z.string().min(1),
  /**
   * For a party whose answers the claims set out (a respondent): whether this newsroom asked it to
   * reply before publishing, and where its responses come from. Published on the methodology page.
   */
  rightOfReply: z
    .object({
      /** Whether we asked the party for a reply to this fact-check before publishing it. */
      asked: z.boolean(),
      /** When we asked it (only when asked). */
      askedOn: dayDateSchema.optional(),
      /** What it said in reply, or that it did not reply, in our words (only when asked). */
      reply: z.string().min(1).optional(),
      /** Where the responses on the claim pages come from, in one sentence. */
      responsesFrom: z.string().min(1),
    })
    .refine((r) => r.asked === (r.askedOn !== undefined) && r.asked === (r.reply !== undefined), {
      message: 'give "askedOn" and "reply" when "asked" is true, and neither when it is false',
    })
    .optional(),
});

export type PartyData = z.output<typeof partySchema>;
