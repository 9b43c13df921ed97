import { z } from 'astro/zod';
import { entryIdSchema, translatesSchema } from './stamps.ts';

/**
 * A statement's Dutch fields (src/content/nl/statements.yaml, same id). The quote stays in its original
 * words in both editions: a Dutch quote needs nothing here; an English quote gets `translation` (ours);
 * a paraphrase, being our own wording, is written again as `text`. The overlay checks which applies.
 */
export const dutchStatementSchema = z.strictObject({
  /** The id of the English entry this translates. */
  id: entryIdSchema,
  translates: translatesSchema,
  /** The person speaking, with their role, where the English names one. */
  speaker: z.string().min(1).optional(),
  /** What is uncertain about the date, where the English says so. */
  dateNote: z.string().min(1).optional(),
  /** What the statement answered or where it was given, in our words. */
  context: z.string().min(1),
  /** A paraphrase only: our Dutch account of what the source reports (Dutch words it quotes stay as they are). */
  text: z.string().min(1).optional(),
  /** An English quote only: our Dutch translation, always labelled as ours. */
  translation: z.string().min(1).optional(),
  /** Variant renderings in other outlets, in our words. */
  variants: z.string().min(1).optional(),
}).refine((statement) => statement.text === undefined || statement.translation === undefined, {
  message: 'give "text" (a paraphrase in Dutch) or "translation" (of an English quote), not both',
});

export type DutchStatementData = z.output<typeof dutchStatementSchema>;
