import { z } from 'astro/zod';

/**
 * The story a content folder tells: its names, its publisher, whose responses every claim sets out
 * (the respondents) and how the timeline groups its parties (the lanes). One entry
 * (src/content/story.yaml), so that the next fact-check is a new content folder, not a code change.
 * Party ids are checked against parties.yaml by src/lib/content/storyChecks.ts, which names the file.
 */
const laneSchema = z.object({
  /** Stable id of the lane (a CSS class and a data attribute, never shown). */
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
  /** The lane's name over its column of the wide chart and in the table's filter. */
  label: z.string().min(1),
  /** The lane's name on a phone, where headers stand on end in narrow columns. */
  shortLabel: z.string().min(1),
  /** The lane's name inside a sentence ("the press"), for the note that lists the columns; defaults to `label`. */
  inText: z.string().min(1).optional(),
  /** The parties whose events are drawn in this lane (by their first party). Every party is in exactly one lane. */
  parties: z.array(z.string().min(1)).min(1),
});

export const storySchema = z
  .object({
    /** Namespaces the embed messages and attributes ("city-water-factcheck"); never change it once embeds are published. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens'),
    /** The fact-check's title, used in headers, the feed, the print proof and its running head. */
    title: z.string().min(1),
    /** Short title for tight places (browser tabs, embeds, the site header). */
    shortTitle: z.string().min(1),
    /** What the fact-check is, in a sentence (the home page's description for search and sharing). */
    description: z.string().min(1),
    /** Language of this edition (BCP 47). */
    lang: z.string().min(2),
    /** The publishing organisation (ClaimReview author, oEmbed provider, feed author). */
    publisher: z.string().min(1),
    /** Where readers send corrections. */
    contactEmail: z.email(),
    /** Who owns the publisher, in a sentence; null until the newsroom fills it in (shown as a marked gap). */
    ownership: z.string().min(1).nullable().default(null),
    /** How this fact-check is funded; null until the newsroom fills it in (shown as a marked gap). */
    funding: z.string().min(1).nullable().default(null),
    /** True for a fictional example: every page says so, and no page is indexed by search engines. */
    example: z.boolean().default(false),
    /** The parties (ids in parties.yaml) whose response every claim sets out, in the order shown. */
    respondents: z.array(z.string().min(1)).min(2, 'a fact-check sets out the responses of at least two respondents'),
    /** The timeline's lanes (columns), left to right. */
    lanes: z.array(laneSchema).min(1),
    /** The timeline figure's title and its one-sentence takeaway. */
    timeline: z.object({
      title: z.string().min(1),
      takeaway: z.string().min(1),
    }),
    /** The methodology page's description for search and sharing; a general sentence when absent. */
    methodologyDescription: z.string().min(1).optional(),
  })
  .superRefine((story, ctx) => {
    const duplicates = (ids: string[]) => ids.filter((id, index) => ids.indexOf(id) !== index);
    for (const id of duplicates(story.respondents)) {
      ctx.addIssue({ code: 'custom', path: ['respondents'], message: `"${id}" is listed twice` });
    }
    for (const id of duplicates(story.lanes.map((lane) => lane.id))) {
      ctx.addIssue({ code: 'custom', path: ['lanes'], message: `two lanes have the id "${id}"` });
    }
    for (const id of duplicates(story.lanes.flatMap((lane) => lane.parties))) {
      ctx.addIssue({ code: 'custom', path: ['lanes'], message: `party "${id}" is in more than one lane; each party belongs to exactly one` });
    }
  });

export type StoryData = z.output<typeof storySchema>;
export type LaneData = StoryData['lanes'][number];
