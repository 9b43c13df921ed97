import { z } from 'astro/zod';
import { dayDateSchema } from './partialDate';

/**
 * The updates log of anything published (a claim, an editorial text): a correction is never silent,
 * so every change a reader can see gets a line here, oldest first.
 */
export const updatesSchema = z
  .array(
    z.object({
      /** When the change was made. */
      date: dayDateSchema,
      /** What changed and why; a change of rating names the old and the new rating. */
      change: z.string().min(1),
    }),
  )
  .default([]);

export type UpdateData = z.output<typeof updatesSchema>[number];
