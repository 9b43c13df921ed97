import { z } from 'astro/zod';

export const ratingSchema = z.object({
  /** The label readers see, e.g. "Confirmed". */
  label: z.string().min(1),
  /** What the label means, in one or two sentences. */
  definition: z.string().min(1),
  /** Position on the published scale for ClaimReview: 1 (worst) to 5 (best supported). */
  value: z.number().int().min(1).max(5),
  /** The colour token used for the badge; text never relies on it alone. */
  tone: z.enum(['supported', 'reported', 'contested', 'unsupported', 'misleading']),
});

export type RatingData = z.output<typeof ratingSchema>;
