import { z } from 'astro/zod';
import { entryIdSchema, translatesSchema } from './stamps.ts';

/** A glossary term in Dutch (src/content/nl/glossary.yaml); its source stays in the English. */
export const dutchGlossarySchema = z.strictObject({
  /** The id of the English entry this translates. */
  id: entryIdSchema,
  translates: translatesSchema,
  /** The term as a Dutch reader sees it in the list (same limit as the English). */
  term: z.string().min(1).max(60),
  /** The Dutch words that count as a use of the term in Dutch prose (same matching rule as the English). */
  forms: z.array(z.string().min(1)).default([]),
  /** What the term means, in our own words (same limit as the English). */
  definition: z.string().min(1).max(240),
});

export type DutchGlossaryData = z.output<typeof dutchGlossarySchema>;
