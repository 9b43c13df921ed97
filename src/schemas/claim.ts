import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { dayDateSchema, partialDateSchema } from './partialDate';
import { updatesSchema } from './update';

/** How a party's statements relate to a claim. */
export const STANCES = ['confirms', 'partly-confirms', 'denies', 'disputes', 'partly-addresses', 'not-addressed'] as const;

const responseSchema = z
  .object({
    /** How the party answered this claim. */
    stance: z.enum(STANCES),
    /** The party's statements that answer the claim. */
    statements: z.array(reference('statements')).default([]),
    /** Where the party did not address the claim: its nearest general statement. */
    nearest: z.array(reference('statements')).default([]),
    /** One line, in our words, on how far the response goes. */
    summary: z.string().min(1).max(200),
    /** What a reader should know about the response (tense, scope, what it leaves open). */
    note: z.string().optional(),
  })
  .refine((response) => response.stance === 'not-addressed' || response.statements.length > 0, {
    message: 'a response that addresses the claim needs at least one statement',
    path: ['statements'],
  })
  .refine((response) => response.stance !== 'not-addressed' || response.statements.length === 0, {
    message: 'a claim the party did not address cannot cite statements that answer it: use "nearest"',
    path: ['statements'],
  });

const appearanceSchema = z.object({
  /** Where the claim appeared, as a reader would name it. */
  label: z.string().min(1),
  /** The cited page where it appeared, when we have one. */
  source: reference('sources').optional(),
  /** When it appeared. */
  date: partialDateSchema.optional(),
});

export const claimSchema = z.object({
  /** Stable number of the claim (the dossier's numbering); orders the list and the review proof. */
  number: z.number().int().positive(),
  /** The claim as one neutral sentence. */
  claim: z.string().min(1),
  /**
   * The claim in at most 75 characters, written by hand (never truncated): ClaimReview's
   * claimReviewed, share and embed titles. Google recommends 75 characters for claimReviewed.
   */
  shortForm: z.string().min(1).max(75),
  /** The article under review's own words, when the claim comes from it. */
  articleWording: z.string().optional(),
  /** Whether the article under review makes this claim (otherwise it is context from the coverage). */
  inArticle: z.boolean(),
  /** Who made the claim (for ClaimReview's author). */
  madeBy: reference('parties'),
  /** Where the claim appeared, first appearance first. */
  appearances: z.array(appearanceSchema).min(1),
  /** The rating on the published scale. */
  rating: reference('ratings'),
  /** Where parts of the claim rate differently, what they are. */
  ratingNote: z.string().optional(),
  /** The verdict in one sentence. */
  verdict: z.string().min(1),
  /**
   * Each respondent's response, keyed by party id (`responses: { <party>: {...} }`). Every respondent
   * of story.yaml needs one, "not-addressed" included, and no other party may have one: integrity.ts
   * checks both against the story and names the file and field.
   */
  responses: z.record(z.string(), responseSchema),
  /** The sources the analysis rests on. */
  sources: z.array(reference('sources')).min(1),
  /** Events of the timeline that bear on this claim. */
  events: z.array(reference('events')).default([]),
  /** When this fact-check of the claim was first published. */
  published: dayDateSchema,
  /** Every change after publication, oldest first. */
  updates: updatesSchema,
});

export type ClaimData = z.output<typeof claimSchema>;
export type ResponseData = z.output<typeof responseSchema>;
export type Stance = (typeof STANCES)[number];
