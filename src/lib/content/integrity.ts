import type { CollectionName, Entry, Reference, SiteContent } from './types.ts';

/**
 * Astro's content layer only logs a reference to a missing entry and builds on. A fact-check must
 * not publish a claim whose quote or source is missing, so this walks every entry and lists each
 * dangling reference, naming the file and the field, for the build to stop on.
 */
export function findContentProblems(content: SiteContent): string[] {
  const collections = Object.entries(content).filter(([, entries]) => Array.isArray(entries)) as Array<[CollectionName, Entry<unknown>[]]>;
  const ids = new Map(collections.map(([name, entries]) => [name as string, new Set(entries.map((entry) => entry.id))]));
  const problems: string[] = [];
  for (const [name, entries] of collections) {
    for (const entry of entries) {
      for (const { path, ref } of referencesIn(entry.data, '')) {
        if (!ids.get(ref.collection)?.has(ref.id)) {
          problems.push(`${describeEntry(name, entry)} → ${path}: ${SINGULAR[ref.collection] ?? ref.collection} "${ref.id}" does not exist`);
        }
      }
    }
  }
  problems.push(...storyProblems(content));
  problems.push(...respondentProblems(content));
  problems.push(...duplicateClaimNumbers(content));
  problems.push(...gapsInClaimNumbers(content));
  return problems;
}

/**
 * Claims are numbered 1…N without gaps: the print proof numbers paragraphs (3.2) with CSS counters,
 * which only match claim numbers when none is skipped. A withdrawn claim keeps its file and number
 * and says so in its rating note and updates log rather than disappearing.
 */
function gapsInClaimNumbers(content: SiteContent): string[] {
  const numbers = new Set(content.claims.map((claim) => claim.data.number));
  const problems: string[] = [];
  for (let n = 1; n <= content.claims.length; n += 1) {
    if (!numbers.has(n)) problems.push(`claims → number: no claim has number ${n}; claims must be numbered 1 to ${content.claims.length} without gaps`);
  }
  return problems;
}

/**
 * The story names parties by id (its respondents, its lanes' parties): each must exist, and every
 * party must sit in exactly one lane, or its events would have no column (or two).
 */
function storyProblems(content: SiteContent): string[] {
  if (content.story.length !== 1 || content.story[0]!.id !== 'story') {
    const file = content.story[0]?.filePath ?? 'story.yaml';
    return [`${file} → must hold exactly one entry, with id "story" (found ${content.story.map((entry) => `"${entry.id}"`).join(', ') || 'none'})`];
  }
  const story = content.story[0]!;
  const where = describeEntry('story', story);
  const partyIds = new Set(content.parties.map((party) => party.id));
  const problems: string[] = [];
  story.data.respondents.forEach((id, index) => {
    if (!partyIds.has(id)) problems.push(`${where} → respondents[${index}]: party "${id}" does not exist`);
  });
  const lanesOf = new Map<string, string[]>();
  story.data.lanes.forEach((lane, laneIndex) => {
    lane.parties.forEach((id, index) => {
      if (!partyIds.has(id)) problems.push(`${where} → lanes[${laneIndex}].parties[${index}]: party "${id}" does not exist`);
      lanesOf.set(id, [...(lanesOf.get(id) ?? []), lane.id]);
    });
  });
  for (const party of content.parties) {
    const lanes = lanesOf.get(party.id) ?? [];
    if (lanes.length === 0) problems.push(`${where} → lanes: party "${party.id}" (${describeEntry('parties', party)}) is in no lane; put it in exactly one`);
    if (lanes.length > 1) problems.push(`${where} → lanes: party "${party.id}" is in ${lanes.length} lanes (${lanes.join(', ')}); put it in exactly one`);
  }
  return problems;
}

/**
 * Every claim sets out the response of every respondent of the story ("not-addressed" included),
 * and of no other party: a response from a party the story does not name would never be shown.
 */
function respondentProblems(content: SiteContent): string[] {
  const story = content.story.find((entry) => entry.id === 'story');
  if (!story) return [];
  const respondents = story.data.respondents;
  const problems: string[] = [];
  for (const claim of content.claims) {
    const responses = (claim.data.responses ?? {}) as Record<string, unknown>;
    for (const id of respondents) {
      if (!(id in responses)) {
        problems.push(`${describeEntry('claims', claim)} → responses.${id}: the response of respondent "${id}" is missing; every claim needs one (use stance "not-addressed" if ${id} did not address it)`);
      }
    }
    for (const id of Object.keys(responses)) {
      if (!respondents.includes(id)) {
        problems.push(`${describeEntry('claims', claim)} → responses.${id}: "${id}" is not a respondent of the story (story.yaml respondents: ${respondents.join(', ')})`);
      }
    }
  }
  return problems;
}

/** Throws one error that lists every problem, so an editor fixes them all in one pass. */
export function assertContentIsSound(content: SiteContent): void {
  const problems = findContentProblems(content);
  if (problems.length > 0) {
    throw new Error(`The content has ${problems.length} problem(s); nothing was built:\n  - ${problems.join('\n  - ')}`);
  }
}

const SINGULAR: Record<string, string> = {
  story: 'story', claims: 'claim', statements: 'statement', sources: 'source', parties: 'party', events: 'event', ratings: 'rating', glossary: 'glossary term',
};

/** "src/content/claims/x.mdx" for a file per entry; "src/content/statements.yaml (entry y)" for a data file. */
export function describeEntry(collection: string, entry: Entry<unknown>): string {
  if (!entry.filePath) return `${collection} entry "${entry.id}"`;
  return /\.mdx?$/.test(entry.filePath) ? entry.filePath : `${entry.filePath} (entry "${entry.id}")`;
}

function isReference(value: unknown): value is Reference {
  if (typeof value !== 'object' || value === null || value instanceof Date) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Reference).collection === 'string' && typeof (value as Reference).id === 'string';
}

function* referencesIn(value: unknown, path: string): Generator<{ path: string; ref: Reference }> {
  if (isReference(value)) {
    yield { path, ref: value };
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* referencesIn(item, `${path}[${index}]`);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* referencesIn(item, path ? `${path}.${key}` : key);
  }
}

function duplicateClaimNumbers(content: SiteContent): string[] {
  const seen = new Map<number, string>();
  const problems: string[] = [];
  for (const claim of content.claims) {
    const other = seen.get(claim.data.number);
    if (other) problems.push(`${describeEntry('claims', claim)} → number: ${claim.data.number} is already used by claim "${other}"`);
    else seen.set(claim.data.number, claim.id);
  }
  return problems;
}
