import { z } from 'astro/zod';
import { dutchUpdatesSchema, translatesSchema } from './stamps.ts';

/** The Dutch words of one party's response; stance and statements stay in the English claim. */
const dutchResponseSchema = z.strictObject({
  /** One line, in our words, on how far the response goes (same limit as the English). */
  summary: z.string().min(1).max(200),
  /** What a reader should know about the response; present exactly where the English has a note. */
  note: z.string().min(1).optional(),
});

/**
 * A claim in Dutch (src/content/nl/claims/<same id>.mdx): our words in Dutch, with the analysis as the
 * body. Everything that is evidence (number, rating, sources, statements, dates) stays in the English
 * entry and is shared by both editions.
 */
export const dutchClaimSchema = z.strictObject({
  translates: translatesSchema,
  /** The claim as one neutral sentence. */
  claim: z.string().min(1),
  /** The claim in at most 75 characters, written by hand (ClaimReview's claimReviewed, share and embed titles). */
  shortForm: z.string().min(1).max(75),
  /** Our Dutch translation of the article's own (English) words, which the Dutch page shows in the original. */
  articleWordingTranslation: z.string().min(1).optional(),
  /** Where the claim appeared, in the English order: only the labels are words of ours. */
  appearances: z.array(z.strictObject({ label: z.string().min(1) })).min(1),
  /** Where parts of the claim rate differently, what they are. */
  ratingNote: z.string().min(1).optional(),
  /** The verdict in one sentence. */
  verdict: z.string().min(1),
  /** Each respondent's response, keyed by party id as in the English claim. */
  responses: z.record(z.string(), dutchResponseSchema),
  /** The English updates log in Dutch, entry for entry. */
  updates: dutchUpdatesSchema,
});

export type DutchClaimData = z.output<typeof dutchClaimSchema>;
