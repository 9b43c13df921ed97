/**
 * The two editions as files, for `npm run translations:stamp` and `:check`: reads the English and the
 * Dutch entries of a content folder without Astro (so the check runs in a second, not a build), and
 * writes the stamps into the Dutch files as text, keeping their comments and layout.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { coveredFields, MAY_KEEP_ENGLISH, readPath, TRANSLATED_KINDS, type EnglishEntry, type TranslatedKind } from '../../src/lib/i18n/coveredFields.ts';
import { stampsFor, type TranslatedCollection, type TranslationStamps } from '../../src/lib/i18n/translationStamps.ts';

/** Where each kind lives, relative to the content folder (English) and to its `nl/` folder (Dutch). */
export const TRANSLATED_FILES: Record<TranslatedKind, { folder: string; extension: string } | { file: string }> = {
  story: { file: 'story.yaml' },
  claims: { folder: 'claims', extension: '.mdx' },
  overview: { folder: 'overview', extension: '.md' },
  events: { file: 'events.yaml' },
  statements: { file: 'statements.yaml' },
  sources: { file: 'sources.yaml' },
  ratings: { file: 'ratings.yaml' },
  stances: { file: 'stances.yaml' },
  ratingRules: { file: 'rating-rules.yaml' },
  glossary: { file: 'glossary.yaml' },
  parties: { file: 'parties.yaml' },
};

interface FileEntry {
  id: string;
  data: Record<string, any>;
  body?: string | undefined;
  filePath: string;
}

// The same split Astro makes (@astrojs/internal-helpers' frontmatter), so that the body hashed here is the one the build sees.
const FRONT_MATTER = /^\uFEFF?---([\s\S]*?\n)---/;

function readFolder(dir: string, extension: string): FileEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => {
      const filePath = join(dir, name);
      const text = readFileSync(filePath, 'utf8');
      const match = FRONT_MATTER.exec(text);
      if (!match) throw new Error(`${filePath}: no front matter`);
      return { id: name.slice(0, -extension.length), data: (yaml.load(match[1]!) ?? {}) as Record<string, any>, body: text.slice(match[0].length), filePath };
    });
}

function readList(filePath: string): FileEntry[] {
  if (!existsSync(filePath)) return [];
  const entries = yaml.load(readFileSync(filePath, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${filePath}: expected a list of entries`);
  return entries.map((data: Record<string, any>) => ({ id: String(data.id), data, filePath }));
}

function readKind(dir: string, kind: TranslatedKind): FileEntry[] {
  const where = TRANSLATED_FILES[kind];
  return 'file' in where ? readList(join(dir, where.file)) : readFolder(join(dir, where.folder), where.extension);
}

/** Whether a content folder has a Dutch edition at all (the fictional example story has none). */
export const hasDutchEdition = (contentDir: string) => existsSync(join(contentDir, 'nl'));

/** Both editions of every translated kind in a content folder, in the shape the check takes. */
export function readTranslatedContent(contentDir: string): Array<Omit<TranslatedCollection, 'english' | 'dutch'> & { english: FileEntry[]; dutch: FileEntry[] }> {
  return TRANSLATED_KINDS.map((kind) => ({ kind, english: readKind(contentDir, kind), dutch: readKind(join(contentDir, 'nl'), kind) }));
}

/** The `translates:` block, indented for its place; values quoted so that a hash of digits stays a string. */
function stampBlock(stamps: TranslationStamps, indent: string): string[] {
  return [`${indent}translates:`, ...Object.entries(stamps).map(([path, hash]) => `${indent}  ${path}: "${hash}"`)];
}

/** Drops an earlier `translates:` block (and the translators' `translatedFrom:` note) from a list of lines. */
function withoutOldStamps(lines: string[], indent: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith(`${indent}translatedFrom:`) || /^#\s*translatedFrom:/.test(line)) continue;
    if (line === `${indent}translates:` || line.startsWith(`${indent}translates: `)) {
      while (lines[i + 1]?.startsWith(`${indent}  `)) i++;
      continue;
    }
    out.push(line);
  }
  return out;
}

/** The Dutch text with new stamps for the given entries (id → stamps); other entries are left as they are. */
export function restampFrontMatter(text: string, stamps: TranslationStamps): string {
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error('no front matter');
  const lines = withoutOldStamps(match[1]!.replace(/^\n/, '').replace(/\n$/, '').split('\n'), '');
  return `---\n${[...stampBlock(stamps, ''), ...lines].join('\n')}\n---${text.slice(match[0].length)}`;
}

export function restampList(text: string, stampsById: Map<string, TranslationStamps>): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#\s*translatedFrom:/.test(line)) continue;
    const id = /^- id: *["']?([^"'\s#]+)/.exec(line)?.[1];
    if (id !== undefined) current = id;
    if (current !== undefined && stampsById.has(current) && (line === '  translates:' || line.startsWith('  translates: '))) {
      while (lines[i + 1]?.startsWith('    ')) i++;
      continue;
    }
    out.push(line);
    if (id !== undefined && stampsById.has(id)) out.push(...stampBlock(stampsById.get(id)!, '  '));
  }
  return out.join('\n');
}

/**
 * Records that the Dutch covers the English as it is now: writes, into each Dutch entry (or only those
 * named in `only`, as "kind/id" or "id"), the hashes of the English fields it has a Dutch text for.
 * A field the Dutch does not have yet is not stamped, so the check keeps reporting it as new.
 * Returns the Dutch files it rewrote.
 */
export function stampTranslations(contentDir: string, only: string[] = []): string[] {
  const wanted = (kind: string, id: string) => only.length === 0 || only.includes(id) || only.includes(`${kind}/${id}`);
  const written: string[] = [];
  for (const { kind, english, dutch } of readTranslatedContent(contentDir)) {
    const englishById = new Map(english.map((entry) => [entry.id, entry]));
    const stampsByFile = new Map<string, Map<string, TranslationStamps>>();
    for (const translation of dutch) {
      const source = englishById.get(translation.id);
      if (!source || !wanted(kind, translation.id)) continue;
      const stamps = Object.fromEntries(
        Object.entries(stampsFor(kind, source)).filter(([path]) => hasDutchField(kind, source, translation, path)),
      );
      if (!stampsByFile.has(translation.filePath)) stampsByFile.set(translation.filePath, new Map());
      stampsByFile.get(translation.filePath)!.set(translation.id, stamps);
    }
    for (const [filePath, stampsById] of stampsByFile) {
      const text = readFileSync(filePath, 'utf8');
      const next = 'file' in TRANSLATED_FILES[kind] ? restampList(text, stampsById) : restampFrontMatter(text, stampsById.values().next().value!);
      if (next !== text) {
        writeFileSync(filePath, next);
        written.push(filePath);
      }
    }
  }
  return written;
}

function hasDutchField(kind: TranslatedKind, english: EnglishEntry, dutch: FileEntry, path: string): boolean {
  const field = coveredFields(kind, english).find((f) => f.path === path)!;
  if (MAY_KEEP_ENGLISH[kind]?.has(path)) return true;
  const value = field.dutchPath === 'body' ? dutch.body : readPath(dutch.data, field.dutchPath);
  return typeof value === 'string' && value.trim() !== '';
}
