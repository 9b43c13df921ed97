import { buildSiteModel, type Claim, type SiteModel } from '../content/siteModel.ts';
import type { Entry, SiteContent } from '../content/types.ts';
import { coveredFields, MAY_KEEP_ENGLISH, readPath, type TranslatedKind } from './coveredFields.ts';
import { formatPartialDateRangeNl } from './dutchDates.ts';

/**
 * The Dutch edition's model: the English content with every word of ours replaced by its Dutch
 * version, built by the same buildSiteModel as the English, so that everything derived from the text
 * (the glossary terms each claim uses, with the Dutch glossary's own forms) is derived from the Dutch.
 * The evidence is shared, never translated: ids, dates, ratings, sources, and every quote in its
 * original words. A Dutch quote is shown as it is, with no translation; an English quote carries our
 * Dutch translation; a paraphrase, being our own wording, is in Dutch.
 *
 * Which fields are Dutch is decided by coveredFields, the same list the stale-translation check hashes,
 * so the page can only show Dutch that the check keeps in step with the English.
 */

/** A Dutch entry as the content layer hands it over (src/schemas/translation/*). */
export type DutchEntry = Entry<Record<string, unknown>>;

/** The Dutch entries the model needs, by the kind of English entry they translate. */
export interface DutchContent {
  claims: DutchEntry[];
  statements: DutchEntry[];
  parties: DutchEntry[];
  events: DutchEntry[];
  ratings: DutchEntry[];
  glossary?: DutchEntry[] | undefined;
  /** Our words about the sources (nl/sources.yaml): notes, and the titles we wrote where none was seen. */
  sources?: DutchEntry[] | undefined;
  /** The story's names in Dutch (nl/story.yaml); without it the story keeps its English names. */
  story?: DutchEntry[] | undefined;
}

/** A claim of the Dutch edition: the article's own words stay in English, with our translation beside them. */
export type DutchClaim = Claim & { articleWordingTranslation?: string | undefined };

export type DutchSiteModel = Omit<SiteModel, 'claims' | 'claimBySlug'> & {
  claims: DutchClaim[];
  claimBySlug: Map<string, DutchClaim>;
};

/** The Dutch edition of the site model. Throws, naming every entry and field without Dutch text. */
export function buildDutchSiteModel(english: SiteContent, dutch: DutchContent): DutchSiteModel {
  const model = buildSiteModel(dutchSiteContent(english, dutch));
  for (const event of model.events) event.dateLabel = formatPartialDateRangeNl(event.date, event.until);
  return model;
}

/** The English content with the Dutch words in place; a pure function of both, the English left untouched. */
export function dutchSiteContent(english: SiteContent, dutch: DutchContent): SiteContent {
  const problems: string[] = [];
  const overlay = <T>(kind: TranslatedKind, entries: Entry<T>[], translations: DutchEntry[] | undefined) =>
    entries.map((entry) => translateEntry(kind, entry, translations ?? [], problems));
  const translated: SiteContent = {
    ...english,
    // The story's names in Dutch, and its language: the model joins the respondents' names in it ("Acme en Vendor").
    story: (dutch.story ? overlay('story', english.story, dutch.story) : english.story).map((entry) => ({ ...entry, data: { ...entry.data, lang: 'nl' } })),
    claims: overlay('claims', english.claims, dutch.claims),
    statements: overlay('statements', english.statements, dutch.statements),
    sources: overlay('sources', english.sources, dutch.sources),
    parties: overlay('parties', english.parties, dutch.parties),
    events: overlay('events', english.events, dutch.events),
    ratings: overlay('ratings', english.ratings, dutch.ratings),
    glossary: english.glossary && overlay('glossary', english.glossary, dutch.glossary),
  };
  if (problems.length > 0) throw new Error(`The Dutch edition is incomplete:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  return translated;
}

/**
 * One entry in Dutch: each covered English field replaced by the Dutch text at its Dutch path. Where
 * the Dutch path differs (an English quote's `text` → `translation`, the article's wording →
 * `articleWordingTranslation`), the original stays and the Dutch goes beside it.
 */
export function translateEntry<T>(kind: TranslatedKind, entry: Entry<T>, translations: DutchEntry[], problems: string[]): Entry<T> {
  const translation = translations.find((candidate) => candidate.id === entry.id);
  const where = (path: string) => `${translation?.filePath ?? `nl/${kind}`} → ${kind} ${entry.id}: ${path}`;
  const fields = coveredFields(kind, { id: entry.id, data: entry.data as Record<string, unknown>, body: entry.body });
  // An entry with no words of ours (a source cited by its published title alone) is the same in both editions.
  if (!translation && fields.length === 0) return entry;
  if (!translation) {
    problems.push(`${kind} ${entry.id} has no Dutch entry`);
    return entry;
  }
  const data = structuredClone(entry.data) as Record<string, unknown>;
  let body = entry.body;
  for (const field of fields) {
    const value = field.dutchPath === 'body' ? translation.body : readPath(translation.data, field.dutchPath);
    if (typeof value !== 'string' || value.trim() === '') {
      if (!MAY_KEEP_ENGLISH[kind]?.has(field.path)) problems.push(`${where(field.dutchPath)} has no Dutch text (English: "${excerpt(field.value)}")`);
      continue;
    }
    if (field.path === 'body') body = value;
    else writePath(data, field.dutchPath, value);
  }
  if (kind === 'statements' && data.kind === 'quote' && data.language === 'nl') {
    // A Dutch quote is read in its own words; the English edition's translation has no place here.
    delete data.translation;
  }
  if (kind === 'glossary') {
    // The words that count as a use of a term in Dutch prose are the Dutch entry's own.
    data.forms = Array.isArray(translation.data.forms) ? translation.data.forms : [];
  }
  if (kind === 'claims') data.responses = translateResponses(data.responses as Record<string, unknown>, translation.data.responses);
  return { ...entry, data: data as T, body };
}

/**
 * The responses of a claim in Dutch. The content keeps them as a map keyed by party id (the model
 * orders them); the covered fields have already put each Dutch summary and note in place, so this
 * only refuses a Dutch response for a party the English claim has no response from.
 * If the content's shape of responses changes, this is the one function to adapt.
 */
export function translateResponses(responses: Record<string, unknown>, dutchResponses: unknown): Record<string, unknown> {
  const extra = Object.keys((dutchResponses as Record<string, unknown> | undefined) ?? {}).filter((party) => !(party in responses));
  if (extra.length > 0) throw new Error(`Dutch responses for ${extra.join(', ')}, who ${extra.length === 1 ? 'has' : 'have'} no response in the English claim`);
  return responses;
}

/** Sets a dotted path in plain data ("responses.operator.summary", "updates.0.change"), creating objects on the way. */
function writePath(data: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = data;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * The Dutch words of entries outside the model (the stances' definitions and the rating rule for the
 * methodology page, the editorial texts' titles and logs): the English entry's data with the Dutch in
 * place. Throws, naming entry and field, where the Dutch is missing.
 */
export function translateEntries<T>(kind: TranslatedKind, english: Entry<T>[], dutch: DutchEntry[]): Entry<T>[] {
  const problems: string[] = [];
  const translated = english.map((entry) => translateEntry(kind, entry, dutch, problems));
  if (problems.length > 0) throw new Error(`The Dutch edition is incomplete:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  return translated;
}
