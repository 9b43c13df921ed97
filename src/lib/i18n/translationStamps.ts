import { createHash } from 'node:crypto';
import { coveredFields, TRANSLATED_KINDS, type EnglishEntry, type TranslatedKind } from './coveredFields.ts';

/**
 * Keeping the editions in step. Each Dutch entry stores, under `translates`, one short hash per
 * English field it covers: the hash of that field's English text at the moment the Dutch was written
 * (or last checked against it). When an English field changes and nobody revisits its Dutch, the hash
 * no longer matches, and the check names the entry and the field, so a correction cannot land in one
 * language only. Per-field hashes (rather than one per entry) are what let the build say *which* part
 * of a claim is behind.
 */

/** `translates` of a Dutch entry: English field path → hash of its English text. */
export type TranslationStamps = Record<string, string>;

/** Twelve hex digits of SHA-256 over the text as JSON: enough to notice any edit, short enough to read in a diff. */
export function textHash(text: string): string {
  return createHash('sha256').update(JSON.stringify(text)).digest('hex').slice(0, 12);
}

/** The stamps a Dutch entry should carry for the English entry as it is now. */
export function stampsFor(kind: TranslatedKind, english: EnglishEntry): TranslationStamps {
  return Object.fromEntries(coveredFields(kind, english).map((field) => [field.path, textHash(field.value)]));
}

/** How one Dutch entry stands against its English entry. */
export interface StampComparison {
  /** English fields edited since the Dutch was written. */
  changed: string[];
  /** English fields that did not exist when the Dutch was written (a new update, a new note). */
  added: string[];
  /** Fields the Dutch was written for that the English no longer has. */
  removed: string[];
}

export function compareStamps(kind: TranslatedKind, english: EnglishEntry, stamps: TranslationStamps | undefined): StampComparison {
  const current = stampsFor(kind, english);
  const recorded = stamps ?? {};
  return {
    changed: Object.keys(current).filter((path) => path in recorded && recorded[path] !== current[path]),
    added: Object.keys(current).filter((path) => !(path in recorded)),
    removed: Object.keys(recorded).filter((path) => !(path in current)),
  };
}

export const isCurrent = (comparison: StampComparison) =>
  comparison.changed.length === 0 && comparison.added.length === 0 && comparison.removed.length === 0;

/** One kind of content in both editions, as the check receives it. */
export interface TranslatedCollection {
  kind: TranslatedKind;
  english: EnglishEntry[];
  dutch: Array<{ id: string; data: { translates?: TranslationStamps | undefined }; filePath?: string | undefined }>;
}

/** One line of the report, with the Dutch file to fix when it is known. */
export interface StaleTranslation {
  kind: TranslatedKind;
  id: string;
  filePath?: string | undefined;
  message: string;
}

/** A singular name for a kind in messages ("claim vendor-did-listen"). */
const NOUN: Record<TranslatedKind, string> = {
  story: 'story',
  claims: 'claim', events: 'event', statements: 'statement', sources: 'source', ratings: 'rating', stances: 'stance',
  ratingRules: 'rating rule', glossary: 'glossary term', parties: 'party', overview: 'overview text',
};

/**
 * Every Dutch entry that is behind its English entry, every English entry with words of ours but without a Dutch one, and
 * every Dutch entry whose English entry is gone. Empty when the editions are in step.
 */
export function staleTranslations(collections: TranslatedCollection[]): StaleTranslation[] {
  const report: StaleTranslation[] = [];
  for (const { kind, english, dutch } of collections) {
    const dutchById = new Map(dutch.map((entry) => [entry.id, entry]));
    for (const entry of english) {
      const translation = dutchById.get(entry.id);
      const name = `${NOUN[kind]} ${entry.id}`;
      if (!translation) {
        // An entry with no words of ours (a source cited by its published title alone) has nothing to translate.
        if (coveredFields(kind, entry).length > 0) report.push({ kind, id: entry.id, message: `${name} has no Dutch translation` });
        continue;
      }
      const comparison = compareStamps(kind, entry, translation.data.translates);
      const parts = [
        comparison.changed.length > 0 && `${comparison.changed.join(', ')} changed since the Dutch was written`,
        comparison.added.length > 0 && `${comparison.added.join(', ')} ${comparison.added.length === 1 ? 'is' : 'are'} new in the English`,
        comparison.removed.length > 0 && `${comparison.removed.join(', ')} ${comparison.removed.length === 1 ? 'is' : 'are'} no longer in the English`,
      ].filter(Boolean);
      if (parts.length > 0) report.push({ kind, id: entry.id, filePath: translation.filePath, message: `${name}: ${parts.join('; ')}` });
    }
    const englishIds = new Set(english.map((entry) => entry.id));
    for (const translation of dutch) {
      if (!englishIds.has(translation.id)) {
        report.push({ kind, id: translation.id, filePath: translation.filePath, message: `${NOUN[kind]} ${translation.id} is translated but has no English entry` });
      }
    }
  }
  return report;
}

/**
 * For the build: throws with every stale entry named, so `npm run build` (and with it `npm test`)
 * fails when one edition moved without the other. Update the Dutch, then run `npm run translations:stamp`.
 */
export function assertTranslationsCurrent(collections: TranslatedCollection[]): void {
  const report = staleTranslations(collections);
  if (report.length === 0) return;
  throw new Error(
    `The Dutch edition is behind the English in ${report.length} ${report.length === 1 ? 'place' : 'places'}:\n` +
      report.map((line) => `  ${line.filePath ? `${line.filePath} → ` : ''}${line.message}`).join('\n') +
      '\nTranslate the change, then run `npm run translations:stamp` to record that the Dutch covers the English as it is now.',
  );
}

/** A Dutch entry as the check reads it: its id, its stamps and the file to fix. */
export type StampedEntry = TranslatedCollection['dutch'][number];

/**
 * Pairs the English and Dutch collections by kind, for the build (src/data/site.ts):
 *   assertTranslationsCurrent(translatedCollections(
 *     { claims: await getCollection('claims'), events: await getCollection('events'), … },
 *     { claims: await getCollection('nlClaims'), events: await getCollection('nlEvents'), … }));
 * A story without a Dutch edition (every Dutch collection empty) has nothing to keep in step: [].
 */
export function translatedCollections(
  english: Partial<Record<TranslatedKind, ReadonlyArray<{ id: string; data: unknown; body?: string | undefined }>>>,
  dutch: Partial<Record<TranslatedKind, ReadonlyArray<{ id: string; data: unknown; filePath?: string | undefined }>>>,
): TranslatedCollection[] {
  if (TRANSLATED_KINDS.every((kind) => (dutch[kind] ?? []).length === 0)) return [];
  return TRANSLATED_KINDS.filter((kind) => english[kind] !== undefined).map((kind) => ({
    kind,
    english: english[kind]!.map((entry) => ({ id: entry.id, data: entry.data as Record<string, unknown>, body: entry.body })),
    dutch: (dutch[kind] ?? []).map((entry) => ({ id: entry.id, data: entry.data as StampedEntry['data'], filePath: entry.filePath })),
  }));
}
