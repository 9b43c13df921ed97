import { z } from 'astro/zod';
import { entryIdSchema, translatesSchema } from './stamps.ts';

/** A timeline event's words in Dutch (src/content/nl/events.yaml, same id); dates, parties and sources stay in the English. */
export const dutchEventSchema = z.strictObject({
  /** The id of the English entry this translates. */
  id: entryIdSchema,
  translates: translatesSchema,
  /** A short headline for the timeline (same limit as the English). */
  title: z.string().min(1).max(90),
  /** What happened, in our words. */
  description: z.string().min(1),
  /** Why the confidence is what it is, and any open point about the date. */
  confidenceNote: z.string().min(1),
});

export type DutchEventData = z.output<typeof dutchEventSchema>;
