import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { partialDateSchema } from './partialDate';

export const statementSchema = z
  .object({
    /** Who made the statement (a respondent, a regulator…). */
    party: reference('parties'),
    /** The person speaking, with their role, when the source names one. */
    speaker: z.string().optional(),
    /** When the statement was made, as precisely as known. */
    date: partialDateSchema,
    /** What is uncertain about the date, if anything (e.g. "exact day not certain"). */
    dateNote: z.string().optional(),
    /** What the statement answered or where it was given, in our words. */
    context: z.string().min(1),
    /** "quote": exact words in quotation; "paraphrase": the source reports it in its own words. */
    kind: z.enum(['quote', 'paraphrase']),
    /** Language of the original words. */
    language: z.enum(['nl', 'en']),
    /**
     * For a quote: the exact words as found in the source, in the original language.
     * For a paraphrase: our English summary of what the source reports the party said.
     */
    text: z.string().min(1),
    /** Our English translation when the original is Dutch; always labelled as ours. */
    translation: z.string().optional(),
    /** True when every stored copy breaks the quote off, so the page says it is incomplete. */
    truncated: z.boolean().default(false),
    /** Variant renderings in other outlets, e.g. 'NOS renders the last word as "aftapinformatie"'. */
    variants: z.string().optional(),
    /** Where the words were found. */
    sources: z.array(reference('sources')).min(1),
  })
  .refine((statement) => statement.kind === 'paraphrase' || statement.language === 'en' || statement.translation !== undefined, {
    message: 'a Dutch quote needs an English translation (ours)',
    path: ['translation'],
  });

export type StatementData = z.output<typeof statementSchema>;
