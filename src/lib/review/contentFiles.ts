import yaml from 'js-yaml';
import type { Entry, Reference, SiteContent } from '../content/types.ts';
import { parsePartialDate, type PartialDate } from '../partialDate.ts';

/**
 * Reads the content files of one revision (src/content as a folder of raw text) into the shape the
 * content layer hands to buildSiteModel, so that a proof of changes can build the model of an old
 * revision with the same code as the site.
 *
 * Why not the content layer or the current Zod schemas: the content layer reads one folder per build,
 * and an old revision was valid under the schema of its own day, not today's (claims had no
 * `shortForm` before it was added, for example). Validating old content with today's schema would
 * refuse the very revision an editor signed. So this reader is lenient where the schemas add
 * defaults, and strict only where the model needs something: a date that is not a date, or a file
 * that does not parse, is an error naming the file.
 */

/** Reads a file of the content folder by relative path ("claims/x.mdx", "sources.yaml"); undefined when absent. */
export type ReadFile = (path: string) => string | undefined;

export interface ContentFiles {
  /** Relative paths of the claim files ("claims/x.mdx"). */
  claimFiles: string[];
  read: ReadFile;
}

export interface RevisionContent {
  content: SiteContent;
  /** The Markdown body (analysis) of each claim, by slug. */
  bodies: Map<string, string>;
}

type Data = Record<string, unknown>;

// Which fields of each collection are references, and to what: the reader turns ids into the
// { collection, id } objects that Astro's reference() produces, so buildSiteModel resolves them.
const CLAIM_REFS = { madeBy: 'parties', rating: 'ratings', sources: 'sources', events: 'events' } as const;

export function readRevisionContent(files: ContentFiles): RevisionContent {
  const bodies = new Map<string, string>();
  const claims = files.claimFiles.map((path) => {
    const text = files.read(path) ?? '';
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${path}: no front matter between --- lines`);
    const id = path.replace(/^.*\//, '').replace(/\.mdx?$/, '');
    const data = parseYaml(match[1]!, path) as Data;
    bodies.set(id, match[2]!.trim());
    return { id, filePath: path, data: claimData(data, path) };
  });
  const parties = dataFile(files, 'parties.yaml', (data) => data) as SiteContent['parties'];
  return {
    content: {
      story: storyOf(files, claims, parties),
      claims: claims as SiteContent['claims'],
      statements: dataFile(files, 'statements.yaml', (data, where) => ({
        truncated: false,
        ...data,
        party: ref('parties', data.party),
        date: date(data.date, `${where}.date`),
        sources: refs('sources', data.sources),
      })) as SiteContent['statements'],
      sources: dataFile(files, 'sources.yaml', (data, where) => ({
        httpOnly: false,
        ...data,
        date: data.date === undefined ? undefined : date(data.date, `${where}.date`),
      })) as SiteContent['sources'],
      parties,
      events: dataFile(files, 'events.yaml', (data, where) => ({
        kind: 'event',
        isArticleUnderReview: false,
        ...data,
        date: date(data.date, `${where}.date`),
        until: data.until === undefined ? undefined : date(data.until, `${where}.until`),
        parties: refs('parties', data.parties),
        sources: refs('sources', data.sources),
      })) as SiteContent['events'],
      ratings: dataFile(files, 'ratings.yaml', (data) => data) as SiteContent['ratings'],
    },
    bodies,
  };
}

/**
 * The revision's story.yaml; a revision from before story.yaml existed had its respondents only as
 * the keys of each claim's responses (in the same order in every claim), and the proof of changes
 * needs no more of the story than those.
 */
function storyOf(files: ContentFiles, claims: Array<{ data: Data }>, parties: SiteContent['parties']): SiteContent['story'] {
  const story = dataFile(files, 'story.yaml', (data) => data) as SiteContent['story'];
  if (story.length > 0) return story;
  const respondents = Object.keys((claims[0]?.data.responses ?? {}) as Data);
  const data = { slug: 'revision', title: '', shortTitle: '', description: '', lang: 'en', publisher: '', contactEmail: '', ownership: null, funding: null, example: false, respondents, lanes: [{ id: 'all', label: '', shortLabel: '', parties: parties.map((party) => party.id) }], timeline: { title: '', takeaway: '' } };
  return [{ id: 'story', filePath: 'story.yaml', data }];
}

function claimData(data: Data, path: string): Data {
  const raw = (data.responses ?? {}) as Record<string, Data>;
  const responses = Object.fromEntries(
    Object.entries(raw).map(([party, value]) => [party, { ...value, statements: refs('statements', value.statements), nearest: refs('statements', value.nearest) }]),
  );
  const appearances = ((data.appearances ?? []) as Data[]).map((appearance, index) => ({
    ...appearance,
    source: appearance.source === undefined ? undefined : ref('sources', appearance.source),
    date: appearance.date === undefined ? undefined : date(appearance.date, `${path} → appearances[${index}].date`),
  }));
  return {
    ...data,
    madeBy: ref(CLAIM_REFS.madeBy, data.madeBy),
    rating: ref(CLAIM_REFS.rating, data.rating),
    sources: refs(CLAIM_REFS.sources, data.sources),
    events: refs(CLAIM_REFS.events, data.events),
    appearances,
    responses,
    published: date(data.published, `${path} → published`),
    updates: ((data.updates ?? []) as Data[]).map((update, index) => ({ ...update, date: date(update.date, `${path} → updates[${index}].date`) })),
  };
}

/** A YAML data file: a list of entries with `id`, as Astro's file() loader reads them. A missing file is an empty collection. */
function dataFile(files: ContentFiles, path: string, map: (data: Data, where: string) => Data): Entry<Data>[] {
  const text = files.read(path);
  if (text === undefined) return [];
  const list = parseYaml(text, path);
  if (!Array.isArray(list)) throw new Error(`${path}: expected a list of entries`);
  return (list as Data[]).map((item, index) => {
    const { id, ...data } = item;
    if (typeof id !== 'string') throw new Error(`${path} → [${index}].id: missing`);
    return { id, filePath: path, data: map(data, `${path} → ${id}`) };
  });
}

function parseYaml(text: string, path: string): unknown {
  try {
    return yaml.load(text);
  } catch (error) {
    throw new Error(`${path}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
}

function ref(collection: string, id: unknown): Reference {
  return { collection, id: String(id) };
}

function refs(collection: string, ids: unknown): Reference[] {
  return ((ids ?? []) as unknown[]).map((id) => ref(collection, id));
}

function date(value: unknown, where: string): PartialDate {
  // YAML reads an unquoted 2021-04-17 as a Date; an old revision may have written one.
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`${where}: "${text}" is not a date`);
  return parsed;
}
