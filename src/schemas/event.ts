import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { partialDateSchema } from './partialDate';

export const eventSchema = z.object({
  /** When it happened, at the precision the sources allow. */
  date: partialDateSchema,
  /**
   * For a period, or where the sources leave the date open between two values ("2009 or 2010"),
   * the last date it may cover. Drawn as a span, never as a point.
   */
  until: partialDateSchema.optional(),
  /** "event": something that happened; "period": a stretch of time drawn as a band. */
  kind: z.enum(['event', 'period']).default('event'),
  /** A short headline for the timeline. */
  title: z.string().min(1).max(90),
  /** What happened, in our words. */
  description: z.string().min(1),
  /** Who acted; the first party decides the timeline lane. */
  parties: z.array(reference('parties')).min(1),
  /** How sure we are: confirmed, reported (by a source, not independently checked), inferred or disputed. */
  confidence: z.enum(['confirmed', 'reported', 'inferred', 'disputed']),
  /** Why the confidence is what it is, and any open point about the date. */
  confidenceNote: z.string().min(1),
  /** Where the event is documented. */
  sources: z.array(reference('sources')).min(1),
  /** Marks the publication of the article under review on the timeline. */
  isArticleUnderReview: z.boolean().default(false),
});

export type EventData = z.output<typeof eventSchema>;
