import { z } from 'astro/zod';

/**
 * What a Dutch entry translates: for each English field it covers (dotted path, "responses.operator.summary"),
 * a 12-hex SHA-256 of the English text it was written from. Written by `npm run translations:stamp`,
 * compared by the stale-translation check (src/lib/i18n/translationStamps.ts); never edited by hand.
 */
export const translatesSchema = z.record(
  z.string().min(1),
  z.string().regex(/^[0-9a-f]{12}$/, { error: 'expected 12 hex digits written by npm run translations:stamp' }),
);

/** The updates log in Dutch: the same changes as the English log, in its order; the dates stay in the English. */
export const dutchUpdatesSchema = z.array(z.strictObject({ /** What changed and why, in Dutch. */ change: z.string().min(1) })).default([]);

/** The id of an entry of a list file, as the file loader hands it over: the English entry's id. */
export const entryIdSchema = z.string().min(1);
