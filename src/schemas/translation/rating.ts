import { z } from 'astro/zod';
import { entryIdSchema, translatesSchema } from './stamps.ts';

/** A rating's Dutch label and definition (src/content/nl/ratings.yaml); value and tone stay in the English. */
export const dutchRatingSchema = z.strictObject({
  /** The id of the English entry this translates. */
  id: entryIdSchema,
  translates: translatesSchema,
  /** The label readers see, e.g. "Bevestigd". */
  label: z.string().min(1),
  /** What the label means, in one or two sentences. */
  definition: z.string().min(1),
});

export type DutchRatingData = z.output<typeof dutchRatingSchema>;
