/**
 * Events for the layout tests: the site's real events, read from the content file the build uses,
 * and generated dense data. Not a test file itself (no `.test.ts`), shared by the tests beside it.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { formatPartialDateRange, parsePartialDate } from '../partialDate.ts';
import { toTimelineInput } from './fromEvents.ts';
import type { TimelineInput } from './types.ts';
import type { LaneData } from '../../schemas/story.ts';

type InputEvent = Omit<Parameters<typeof toTimelineInput>[0], 'dateLabel' | 'date' | 'until'> & { date: string; until?: string | undefined };

/** An event as the model hands it to the timeline, its date label derived as the model derives it. */
export function input(event: InputEvent): TimelineInput {
  const date = parsePartialDate(event.date)!;
  const until = event.until ? parsePartialDate(event.until)! : undefined;
  return toTimelineInput({ ...event, date, until, dateLabel: formatPartialDateRange(date, until) });
}

/** The story's lanes, read from the content file the build uses. */
export function realLanes(): LaneData[] {
  const [story] = yaml.load(readFileSync('src/content/story.yaml', 'utf8')) as Array<{ lanes: LaneData[] }>;
  return story!.lanes;
}

const LANE_OF_PARTY: Record<string, string> = Object.fromEntries(realLanes().flatMap((lane) => lane.parties.map((party) => [party, lane.id])));

export function realEvents(): TimelineInput[] {
  const raw = yaml.load(readFileSync('src/content/events.yaml', 'utf8')) as Array<Record<string, any>>;
  return raw.map((event) =>
    input({
      id: event.id,
      title: event.title,
      date: event.date,
      until: event.until,
      kind: event.kind ?? 'event',
      lane: LANE_OF_PARTY[event.parties[0]]!,
      isArticleUnderReview: event.isArticleUnderReview ?? false,
    }),
  );
}

/** A small deterministic random number generator, so generated data is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const WORDS = 'the minister operator vendor report network customers consultant eavesdrop access parliament questions regulator fine contract core mobile investigation statement denies confirms newspaper'.split(' ');

/**
 * Dense generated data: `n` events, a third on one single day, a third within a few days, the rest
 * over two decades with long gaps, at every precision, ranges and periods among them, in all lanes,
 * with titles of one to four lines.
 */
export function denseEvents(n: number, seed = 1): TimelineInput[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const events: TimelineInput[] = [];
  for (let i = 0; i < n; i += 1) {
    const kind = i % 3;
    let date: string;
    let until: string | undefined;
    if (kind === 0) date = '2021-04-17';
    else if (kind === 1) date = `2021-04-${pad(15 + Math.floor(rnd() * 8))}`;
    else {
      const year = pick([2001, 2002, 2004, 2009, 2010, 2016, 2019, 2023]);
      const precision = rnd();
      date = precision < 0.3 ? String(year) : precision < 0.6 ? `${year}-${pad(1 + Math.floor(rnd() * 12))}` : `${year}-${pad(1 + Math.floor(rnd() * 12))}-${pad(1 + Math.floor(rnd() * 28))}`;
      if (rnd() < 0.2) until = String(year + 1 + Math.floor(rnd() * 2));
    }
    const words = Array.from({ length: 2 + Math.floor(rnd() * 22) }, () => pick(WORDS));
    events.push(input({ id: `gen-${seed}-${i}`, title: words.join(' '), date, until, kind: until && rnd() < 0.5 ? 'period' : 'event', lane: pick(realLanes().map((lane) => lane.id)), isArticleUnderReview: i === 5 }));
  }
  return events;
}
