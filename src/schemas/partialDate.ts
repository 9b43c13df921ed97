import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/partialDate.ts';

/**
 * A date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, normalised into a {@link PartialDate}
 * so that components receive one shape. YAML turns an unquoted 2021-04-17 into a Date: quote dates.
 */
export const partialDateSchema = z
  .string({ error: 'expected a date in quotes as "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .transform((text, ctx) => {
    const parsed = parsePartialDate(text);
    if (!parsed) {
      ctx.issues.push({
        code: 'custom',
        input: text,
        message: `"${text}" is not a date: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real day)`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/** A full calendar day, for publication and update dates. */
export const dayDateSchema = partialDateSchema.refine((date) => date.precision === 'day', {
  message: 'expected a full date "YYYY-MM-DD"',
});
