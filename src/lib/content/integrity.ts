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

/** Throws one error that lists every problem, so an editor fixes them all in one pass. */
export function assertContentIsSound(content: SiteContent): void {
  const problems = findContentProblems(content);
  if (problems.length > 0) {
    throw new Error(`The content has ${problems.length} problem(s); nothing was built:\n  - ${problems.join('\n  - ')}`);
  }
}

const SINGULAR: Record<string, string> = {
  claims: 'claim', statements: 'statement', sources: 'source', parties: 'party', events: 'event', ratings: 'rating', glossary: 'glossary term',
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
