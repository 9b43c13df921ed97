import { z } from 'astro/zod';
import { reference } from 'astro:content';

export const glossarySchema = z.object({
  /** The term as a reader sees it in the list, e.g. "Core network". */
  term: z.string().min(1).max(60),
  /**
   * The words that count as a use of the term in a claim's text, besides the term itself
   * (plurals with a final "s" match on their own). A form written without lower-case letters
   * ("AIVD", "4G") matches only in capitals; any other form matches in any case.
   */
  forms: z.array(z.string().min(1)).default([]),
  /** What the term means, in our own words, short enough to read beside the claim. */
  definition: z.string().min(1).max(240),
  /** A cited page that names or explains the term, where the dossier gives one; never a new URL. */
  source: reference('sources').optional(),
});

export type GlossaryData = z.output<typeof glossarySchema>;
