/**
 * Which English words a translation covers. A Dutch entry translates our own words (sentences,
 * labels, notes, the analysis) and never the evidence (dates, ids, sources, ratings, a quote's
 * original words), so for each kind of entry this module names the English text fields a Dutch entry
 * must carry, and where each one goes in the Dutch entry. The stale-translation check hashes exactly
 * these fields and the Dutch overlay reads exactly these fields: the two cannot disagree.
 */

/** The kinds of content a Dutch edition translates, one per English collection. */
export const TRANSLATED_KINDS = ['story', 'claims', 'events', 'statements', 'sources', 'ratings', 'stances', 'ratingRules', 'glossary', 'parties', 'overview'] as const;
export type TranslatedKind = (typeof TRANSLATED_KINDS)[number];

/** One English text field a translation covers. */
export interface CoveredField {
  /** Where the text is in the English entry, dotted ("responses.operator.summary", "updates.0.change", "body"). */
  path: string;
  /** Where its Dutch counterpart is in the Dutch entry; usually the same path. */
  dutchPath: string;
  /** The English text. */
  value: string;
}

/** An English entry as far as translation is concerned: its data (raw or validated) and its Markdown body. */
export interface EnglishEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string | undefined;
}

type Walk = (path: string, value: unknown, dutchPath?: string) => void;

/** The fields of each kind, in reading order. Optional English fields are covered only where present. */
const FIELDS: Record<TranslatedKind, (data: Record<string, any>, add: Walk) => void> = {
  // The story's names and the timeline's words; the ids, the publisher, the respondents and which
  // parties each lane holds are configuration, shared by both editions.
  story: (data, add) => {
    add('title', data.title);
    add('shortTitle', data.shortTitle);
    add('description', data.description);
    add('methodologyDescription', data.methodologyDescription);
    (data.lanes ?? []).forEach((lane: any, i: number) => {
      add(`lanes.${i}.label`, lane.label);
      add(`lanes.${i}.shortLabel`, lane.shortLabel);
      add(`lanes.${i}.inText`, lane.inText);
    });
    add('timeline.title', data.timeline?.title);
    add('timeline.takeaway', data.timeline?.takeaway);
  },
  claims: (data, add) => {
    add('claim', data.claim);
    add('shortForm', data.shortForm);
    // The article's wording is a quote: it stays in its own (English) words, and the Dutch edition
    // gives our translation beside it.
    add('articleWording', data.articleWording, 'articleWordingTranslation');
    (data.appearances ?? []).forEach((appearance: any, i: number) => add(`appearances.${i}.label`, appearance.label));
    add('ratingNote', data.ratingNote);
    add('verdict', data.verdict);
    for (const [party, response] of Object.entries<any>(data.responses ?? {})) {
      add(`responses.${party}.summary`, response?.summary);
      add(`responses.${party}.note`, response?.note);
    }
    (data.updates ?? []).forEach((update: any, i: number) => add(`updates.${i}.change`, update.change));
  },
  events: (data, add) => {
    add('title', data.title);
    add('description', data.description);
    add('confidenceNote', data.confidenceNote);
  },
  statements: (data, add) => {
    add('speaker', data.speaker);
    add('dateNote', data.dateNote);
    add('context', data.context);
    // A paraphrase is our own wording, so it is written again in Dutch. An English quote keeps its
    // words and gets our Dutch translation. A Dutch quote is shown as it is: nothing to translate.
    if (data.kind === 'paraphrase') add('text', data.text);
    else if (data.language !== 'nl') add('text', data.text, 'translation');
    add('variants', data.variants);
  },
  sources: (data, add) => {
    // The outlet, the address and a published title (seen on the page or read from its address) are
    // the evidence, cited as published. Ours are the notes on the outlet and the date, what the source
    // is for us, and the title we wrote where none was seen ("description"). A note that is a name
    // ("Reuters", "ANP") reads the same in Dutch: the Dutch entry repeats it, so every note is checked.
    add('outletNote', data.outletNote);
    if (data.titleKind === 'description') add('title', data.title);
    add('note', data.note);
    add('dateNote', data.dateNote);
  },
  ratings: (data, add) => {
    add('label', data.label);
    add('definition', data.definition);
  },
  stances: (data, add) => {
    add('definition', data.definition);
    add('ratingEffect', data.ratingEffect);
  },
  ratingRules: (data, add) => {
    add('evidence', data.evidence);
    add('rule', data.rule);
  },
  glossary: (data, add) => {
    // "forms" are the words that count as a use of the term in each language's prose: the Dutch
    // entry lists its own, they are not a translation of the English ones.
    add('term', data.term);
    add('definition', data.definition);
  },
  parties: (data, add) => {
    add('name', data.name);
    add('authorName', data.authorName);
    add('shortName', data.shortName);
    add('role', data.role);
    add('description', data.description);
    add('rightOfReply.reply', data.rightOfReply?.reply);
    add('rightOfReply.responsesFrom', data.rightOfReply?.responsesFrom);
  },
  overview: (data, add) => {
    add('title', data.title);
    (data.updates ?? []).forEach((update: any, i: number) => add(`updates.${i}.change`, update.change));
  },
};

/**
 * Fields a Dutch entry may leave out because the English words read the same in Dutch (a party's
 * short name "Acme"); the overlay then keeps the English.
 */
export const MAY_KEEP_ENGLISH: Partial<Record<TranslatedKind, ReadonlySet<string>>> = {
  parties: new Set(['shortName', 'authorName']),
};

/** Kinds whose entries carry a Markdown body (the analysis, the editorial prose) that is translated too. */
const WITH_BODY: ReadonlySet<TranslatedKind> = new Set(['claims', 'overview']);

/** The English text fields of one entry that its Dutch translation covers, in reading order. */
export function coveredFields(kind: TranslatedKind, entry: EnglishEntry): CoveredField[] {
  const fields: CoveredField[] = [];
  FIELDS[kind](entry.data, (path, value, dutchPath = path) => {
    if (value === undefined || value === null) return;
    if (typeof value !== 'string') throw new Error(`${kind} ${entry.id}: ${path} is not text`);
    fields.push({ path, dutchPath, value });
  });
  if (WITH_BODY.has(kind) && entry.body !== undefined && entry.body.trim() !== '') {
    // Astro trims an MDX body and a Markdown body may keep its leading newline: compare the text, not the padding.
    fields.push({ path: 'body', dutchPath: 'body', value: entry.body.trim() });
  }
  return fields;
}

/** Reads a dotted path ("responses.operator.summary", "updates.0.change") from an entry's data. */
export function readPath(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}
