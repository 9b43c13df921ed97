import { z } from 'astro/zod';
import { entryIdSchema, translatesSchema } from './stamps.ts';

/**
 * A party's words in Dutch (src/content/nl/parties.yaml). `shortName` and `authorName` may be left
 * out where the English reads the same in Dutch ("Acme"); everything else is required.
 */
export const dutchPartySchema = z.strictObject({
  /** The id of the English entry this translates. */
  id: entryIdSchema,
  translates: translatesSchema,
  /** Full name as a Dutch reader should see it. */
  name: z.string().min(1),
  /** The name to credit as a claim's author in structured data, where the English has one to translate. */
  authorName: z.string().min(1).optional(),
  /** Short name for tables and chart labels, where it is a translatable word. */
  shortName: z.string().min(1).optional(),
  /** What kind of actor this is, in a few words. */
  role: z.string().min(1),
  /** One or two sentences on who the party is. */
  description: z.string().min(1),
  /** For a respondent: our words about its right of reply (whether and when it was asked stays in the English). */
  rightOfReply: z
    .strictObject({
      /** What it said in reply, where the English records one. */
      reply: z.string().min(1).optional(),
      /** Where the responses on the claim pages come from, in one sentence. */
      responsesFrom: z.string().min(1),
    })
    .optional(),
});

export type DutchPartyData = z.output<typeof dutchPartySchema>;
