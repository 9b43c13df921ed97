import { z } from 'astro/zod';
import { entryIdSchema, translatesSchema } from './stamps.ts';

/** A timeline lane's names in Dutch, in the order of story.yaml's lanes; which parties it holds stays in the English. */
const dutchLaneSchema = z.strictObject({
  /** The lane's name over its column and in the table's filter ("Pers"). */
  label: z.string().min(1),
  /** The lane's name on a phone, where headers stand on end ("Staat"). */
  shortLabel: z.string().min(1),
  /** The lane's name inside a sentence ("de pers"); required where the English has one. */
  inText: z.string().min(1).optional(),
});

/**
 * The story's names in Dutch (src/content/nl/story.yaml, one entry, id "story"): the titles, the
 * description, the lanes' labels and the timeline's title and takeaway. The slug, publisher,
 * respondents and the lanes' parties are configuration and stay in the English story.yaml.
 */
export const dutchStorySchema = z.strictObject({
  /** The id of the English entry this translates ("story"). */
  id: entryIdSchema,
  translates: translatesSchema,
  /** The fact-check's title in Dutch. */
  title: z.string().min(1),
  /** Short title for tight places. */
  shortTitle: z.string().min(1),
  /** What the fact-check is, in a sentence. */
  description: z.string().min(1),
  /** The methodology page's description; required where the English has one. */
  methodologyDescription: z.string().min(1).optional(),
  /** The lanes' names, one per English lane, in the same order. */
  lanes: z.array(dutchLaneSchema).min(1),
  /** The timeline figure's title and takeaway. */
  timeline: z.strictObject({ title: z.string().min(1), takeaway: z.string().min(1) }),
});

export type DutchStoryData = z.output<typeof dutchStorySchema>;
