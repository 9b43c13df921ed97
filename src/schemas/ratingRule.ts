import { z } from 'astro/zod';

/**
 * One line of the published rating rule: how one kind of evidence moves a claim on the scale in
 * ratings.yaml. The methodology page lists the lines by `order` (the content layer does not keep file order).
 */
export const ratingRuleSchema = z.object({
  /** Position in the published rule, from 1. */
  order: z.number().int().positive(),
  /** The kind of evidence, as a reader would name it ("A leaked document"). */
  evidence: z.string().min(1),
  /** What that evidence does to a rating, in a sentence or three. */
  rule: z.string().min(1),
});

export type RatingRuleData = z.output<typeof ratingRuleSchema>;
