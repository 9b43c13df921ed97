import { z } from 'astro/zod';
import { entryIdSchema, translatesSchema } from './stamps.ts';

/** One line of the rating rule in Dutch (src/content/nl/rating-rules.yaml); its order stays in the English. */
export const dutchRatingRuleSchema = z.strictObject({
  /** The id of the English entry this translates. */
  id: entryIdSchema,
  translates: translatesSchema,
  /** The kind of evidence, as a reader would name it. */
  evidence: z.string().min(1),
  /** What that evidence does to a rating. */
  rule: z.string().min(1),
});

export type DutchRatingRuleData = z.output<typeof dutchRatingRuleSchema>;
