import { z } from 'astro/zod';
import { dayDateSchema } from './partialDate';
import { updatesSchema } from './update';

/**
 * An editorial text of the overview (the home page's lede and its bottom line), written in Markdown
 * under src/content/overview/. It is content, not template, so that it is reviewed, versioned,
 * printed in the proof and corrected in the open like a claim.
 */
export const overviewSchema = z.object({
  /** What the text is, as editors call it ("The bottom line"); heads it in the proof. */
  title: z.string().min(1),
  /** When the text was first published. */
  published: dayDateSchema,
  /** Every change after publication, oldest first; shown under the text. */
  updates: updatesSchema,
});

export type OverviewData = z.output<typeof overviewSchema>;
