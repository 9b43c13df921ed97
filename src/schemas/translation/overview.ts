import { z } from 'astro/zod';
import { dutchUpdatesSchema, translatesSchema } from './stamps.ts';

/** An editorial text in Dutch (src/content/nl/overview/<same id>.md), its body the Dutch prose; published date stays in the English. */
export const dutchOverviewSchema = z.strictObject({
  translates: translatesSchema,
  /** What the text is, as Dutch editors call it ("De kern"). */
  title: z.string().min(1),
  /** The English updates log in Dutch, entry for entry. */
  updates: dutchUpdatesSchema,
});

export type DutchOverviewData = z.output<typeof dutchOverviewSchema>;
