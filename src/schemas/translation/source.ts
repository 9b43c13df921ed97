import { z } from 'astro/zod';
import { entryIdSchema, translatesSchema } from './stamps.ts';

/**
 * Our words about a source in Dutch (src/content/nl/sources.yaml, same id). The outlet, the address,
 * the date and a published title are the evidence and stay in the English entry, cited as published;
 * a source with none of our words needs no Dutch entry. Each field is present exactly where the
 * English has one (the stale-translation check names a missing one).
 */
export const dutchSourceSchema = z.strictObject({
  /** The id of the English entry this translates. */
  id: entryIdSchema,
  translates: translatesSchema,
  /** What the outlet is, where that matters ("pagina op rdi.nl"); a name ("Reuters", "ANP") is repeated as it is. */
  outletNote: z.string().min(1).optional(),
  /** Our description of a page whose title was not seen (English titleKind "description" only). */
  title: z.string().min(1).optional(),
  /** What the source is for us ("geeft The Guardian weer"). */
  note: z.string().min(1).optional(),
  /** What is known about the date beyond its precision ("afgeleid"). */
  dateNote: z.string().min(1).optional(),
});

export type DutchSourceData = z.output<typeof dutchSourceSchema>;
