import { z } from 'astro/zod';

/**
 * What one stance label means, published on the methodology page so that a reader can check each
 * label against the statements it sits on. The entry's id is the stance (see STANCES in claim.ts).
 */
export const stanceSchema = z.object({
  /** What the party's answer must do to earn the label, and what separates it from its neighbours. */
  definition: z.string().min(1),
  /** How an answer with this label moves a claim's rating under the rating rule. */
  ratingEffect: z.string().min(1),
});

export type StanceDefinitionData = z.output<typeof stanceSchema>;
