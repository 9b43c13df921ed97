import type { Claim, TimelineEvent } from '../content/siteModel.ts';
import type { LaneData } from '../../schemas/story.ts';
import type { UiStrings } from '../../i18n/en.ts';
import { PATHS, withBase } from '../paths.ts';

/** Where each mark of a timeline figure links, and its accessible name. */
export type MarkLinks = Map<string, { href: string; label: string }>;

/**
 * A mark links to the first claim its event bears on (the full timeline), or to the event itself
 * (its row in the table; every mark on a claim page, which must not link back to its own claim).
 * Its name says the date, the title and how many claims the link leads to.
 */
export function markLinks(
  events: TimelineEvent[],
  claimBySlug: Map<string, Claim>,
  options: { linkToClaims: boolean; eventHref: (event: TimelineEvent) => string; claimHref?: (claim: Claim) => string; ui: UiStrings },
): MarkLinks {
  const claimHref = options.claimHref ?? ((claim: Claim) => withBase(PATHS.claim(claim.slug)));
  return new Map(
    events.map((event) => {
      const first = options.linkToClaims ? claimBySlug.get(event.claimSlugs[0] ?? '') : undefined;
      return [event.id, {
        href: first ? claimHref(first) : options.eventHref(event),
        label: options.ui.timeline.markLabel(event.dateLabel, event.title, options.linkToClaims ? event.claimSlugs.length : 0),
      }];
    }),
  );
}

/** The note that names the narrow drawing's columns, left to right, as running text names them. */
export function narrowLanesNote(lanes: LaneData[], ui: UiStrings): string {
  return ui.timeline.narrowLanesNote(lanes.map((lane) => lane.inText ?? lane.label));
}
