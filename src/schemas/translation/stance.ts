import { z } from 'astro/zod';
import { entryIdSchema, translatesSchema } from './stamps.ts';

/** What a stance label means, in Dutch (src/content/nl/stances.yaml); the label itself is in src/i18n/nl.ts. */
export const dutchStanceSchema = z.strictObject({
  /** The id of the English entry this translates. */
  id: entryIdSchema,
  translates: translatesSchema,
  /** What the party's answer must do to earn the label. */
  definition: z.string().min(1),
  /** How an answer with this label moves a claim's rating. */
  ratingEffect: z.string().min(1),
});

export type DutchStanceData = z.output<typeof dutchStanceSchema>;
