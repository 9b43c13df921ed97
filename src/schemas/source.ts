import { z } from 'astro/zod';
import { partialDateSchema } from './partialDate';

export const sourceSchema = z.object({
  /** Publication or publisher, e.g. "NU.nl". */
  outlet: z.string().min(1),
  /** What the outlet is, where that matters (e.g. "Reuters", "page hosted on rdi.nl"). */
  outletNote: z.string().optional(),
  /** The page title, or our description of it (see titleKind). */
  title: z.string().min(1),
  /** "title": seen on the page; "from-url": read from the URL; "description": our own label. */
  titleKind: z.enum(['title', 'from-url', 'description']),
  /** What the source is for us, when not obvious (e.g. "relays the Guardian"). */
  note: z.string().optional(),
  /** Publication date at the precision known; absent when the source is undated. */
  date: partialDateSchema.optional(),
  /** What is known about the date beyond its precision (e.g. "inferred"). */
  dateNote: z.string().optional(),
  /** Language of the page: nl, en, de or fr. */
  language: z.enum(['nl', 'en', 'de', 'fr']),
  /**
   * The page's address. https, except where the publisher's only known address is http:
   * we cite the address as recorded, never a rewritten one.
   */
  url: z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL' }),
  /** Set only where the publisher's only recorded address is plain http; every other source must be https. */
  httpOnly: z.boolean().default(false),
}).refine((source) => source.url.startsWith('https://') || source.httpOnly, {
  message: 'expected an https URL (set httpOnly: true only where the recorded address is http)',
  path: ['url'],
});

export type SourceData = z.output<typeof sourceSchema>;
