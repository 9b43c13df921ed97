import { diffArrays, diffWords } from 'diff';
import type { Claim, SiteModel, Statement } from '../content/siteModel.ts';
import { formatPartialDate } from '../partialDate.ts';

/**
 * What changed between two revisions of the content, claim by claim and field by field, for the
 * print proof of changes. It compares the content (the models), not the HTML: a change of markup
 * or style is not a change an editor signs for, and a changed word is, wherever it sits.
 *
 * Each claim becomes an ordered list of fields as a reader sees them on the proof (claim, rating,
 * verdict, appearances, each response and each quoted statement, analysis paragraphs, sources,
 * events, updates log). Fields are matched by a stable key (a statement, source or event by its id;
 * an analysis paragraph by its place, aligned by content), then words within a field are diffed.
 */

/** One run of text: unchanged, inserted (only in the new revision) or deleted (only in the old). */
export interface Part {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export type FieldStatus = 'same' | 'changed' | 'added' | 'removed';

export interface FieldDiff {
  /** Stable key: "claim", "verdict", "<party>.summary", "<party>.statement:<id>", "body:3", "source:<id>"… */
  key: string;
  status: FieldStatus;
  /** The text with its changes: for "same" one unchanged part. */
  parts: Part[];
}

export type ClaimStatus = 'same' | 'changed' | 'added' | 'removed';

export interface ClaimDiff {
  slug: string;
  number: number;
  /** The claim sentence (the new one; the old one for a removed claim). */
  title: string;
  status: ClaimStatus;
  fields: FieldDiff[];
  /** The claim sentence, rating or verdict changed without a new entry in the updates log. */
  unlogged: boolean;
}

export interface ProofChanges {
  claims: ClaimDiff[];
  changed: ClaimDiff[];
  added: ClaimDiff[];
  removed: ClaimDiff[];
  unchanged: number;
  unlogged: ClaimDiff[];
}

/** The claim's body (its Markdown analysis) as the proof reads it. */
export type Bodies = Map<string, string>;

/** Labels the proof prints for values stored as ids. */
export interface Labels {
  stance: (stance: string) => string;
}

/** The fields the corrections policy watches: changing one needs a new entry in the updates log. */
export const POLICY_FIELDS = ['claim', 'rating', 'verdict'] as const;

export function diffContent(before: SiteModel, beforeBodies: Bodies, after: SiteModel, afterBodies: Bodies, labels: Labels): ProofChanges {
  const claims: ClaimDiff[] = [];
  const oldBySlug = new Map(before.claims.map((claim) => [claim.slug, claim]));
  const newSlugs = new Set(after.claims.map((claim) => claim.slug));
  for (const claim of after.claims) {
    const old = oldBySlug.get(claim.slug);
    const newFields = claimFields(claim, afterBodies.get(claim.slug) ?? '', labels);
    if (!old) {
      claims.push({ slug: claim.slug, number: claim.number, title: claim.claim, status: 'added', fields: newFields.map(([key, text]) => ({ key, status: 'added', parts: [{ value: text, added: true }] })), unlogged: false });
      continue;
    }
    const fields = diffFields(claimFields(old, beforeBodies.get(old.slug) ?? '', labels), newFields);
    const status: ClaimStatus = fields.some((field) => field.status !== 'same') ? 'changed' : 'same';
    const oldUpdates = new Set(old.updates.map(updateText));
    const logged = claim.updates.some((update) => !oldUpdates.has(updateText(update)));
    const policyChanged = fields.some((field) => (POLICY_FIELDS as readonly string[]).includes(field.key) && field.status !== 'same');
    claims.push({ slug: claim.slug, number: claim.number, title: claim.claim, status, fields, unlogged: policyChanged && !logged });
  }
  for (const old of before.claims) {
    if (newSlugs.has(old.slug)) continue;
    const fields = claimFields(old, beforeBodies.get(old.slug) ?? '', labels);
    claims.push({ slug: old.slug, number: old.number, title: old.claim, status: 'removed', fields: fields.map(([key, text]) => ({ key, status: 'removed', parts: [{ value: text, removed: true }] })), unlogged: false });
  }
  return {
    claims,
    changed: claims.filter((claim) => claim.status === 'changed'),
    added: claims.filter((claim) => claim.status === 'added'),
    removed: claims.filter((claim) => claim.status === 'removed'),
    unchanged: claims.filter((claim) => claim.status === 'same').length,
    unlogged: claims.filter((claim) => claim.unlogged),
  };
}

/** Every field of a claim that a reader of the proof sees, as [key, text], in the proof's order. */
export function claimFields(claim: Claim, body: string, labels: Labels): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ['claim', claim.claim],
    ['rating', claim.rating.label],
    ['verdict', claim.verdict],
    ['ratingNote', claim.ratingNote ?? ''],
    ['articleWording', claim.articleWording ?? ''],
  ];
  claim.appearances.forEach((appearance, index) => {
    const source = appearance.source ? `: ${appearance.source.outlet}, ${appearance.source.title} ${appearance.source.url}` : '';
    fields.push([`appearance:${index}`, `${appearance.label}${appearance.date ? `, ${formatPartialDate(appearance.date)}` : ''}${source}`]);
  });
  fields.push(['madeBy', claim.madeBy.name]);
  for (const response of claim.responses) {
    const party = response.party.id;
    fields.push([`${party}.stance`, labels.stance(response.stance)]);
    fields.push([`${party}.summary`, response.summary]);
    for (const statement of [...response.statements, ...response.nearest]) fields.push([`${party}.statement:${statement.id}`, statementText(statement)]);
    fields.push([`${party}.note`, response.note ?? '']);
  }
  markdownParagraphs(body).forEach((paragraph, index) => fields.push([`body:${index}`, paragraph]));
  for (const source of claim.sources) {
    fields.push([`source:${source.id}`, [source.outlet, source.title, source.date ? formatPartialDate(source.date) : 'undated', source.url].join(', ')]);
  }
  for (const event of claim.events) fields.push([`event:${event.id}`, `${event.dateLabel}: ${event.title}`]);
  claim.updates.forEach((update, index) => fields.push([`update:${index}`, updateText(update)]));
  return fields;
}

/** A quoted statement as the proof prints it: the words, our translation, who and when, the context, variants, where found. */
function statementText(statement: Statement): string {
  const who = statement.speaker ? `${statement.speaker} (${statement.party.shortName})` : statement.party.shortName;
  return [
    `“${statement.text}”${statement.truncated ? ' …' : ''}`,
    statement.translation ? `Our translation: “${statement.translation}”` : '',
    `${who}, ${formatPartialDate(statement.date)}${statement.dateNote ? ` (${statement.dateNote})` : ''}. ${statement.context}`,
    statement.variants ?? '',
    `Source: ${statement.sources.map((source) => `${source.outlet}, ${source.title} ${source.url}`).join('; ')}`,
  ].filter(Boolean).join(' ');
}

function updateText(update: Claim['updates'][number]): string {
  return `${formatPartialDate(update.date)}: ${update.change}`;
}

/**
 * The analysis as plain paragraphs: Markdown links keep their text and address, emphasis marks go.
 * A word diff of the Markdown source would mark "**" and "](" as changes nobody reads.
 */
export function markdownParagraphs(markdown: string): string[] {
  return markdown
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 <$2>')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\s+/g, ' ')
      .trim())
    .filter(Boolean);
}

/**
 * Pairs the old and new fields by key and diffs each pair's words. Analysis paragraphs have no
 * ids: they are aligned by content, so a paragraph inserted in the middle shows as one insertion,
 * not as every later paragraph changed.
 */
export function diffFields(before: Array<[string, string]>, after: Array<[string, string]>): FieldDiff[] {
  const isBody = ([key]: [string, string]) => key.startsWith('body:');
  const oldBody = before.filter(isBody).map(([, text]) => text);
  const newBody = after.filter(isBody).map(([, text]) => text);
  const bodyDiffs = diffParagraphs(oldBody, newBody);
  const oldByKey = new Map(before.filter((field) => !isBody(field)));
  const newKeys = new Set(after.map(([key]) => key));
  const out: FieldDiff[] = [];
  let bodyPlaced = false;
  const placeBody = () => {
    if (bodyPlaced) return;
    bodyPlaced = true;
    bodyDiffs.forEach((field, index) => out.push({ ...field, key: `body:${index}` }));
  };
  // Fields that vanished are printed where they stood: after the field that preceded them.
  const removedAfter = new Map<string, FieldDiff[]>();
  let previous = '';
  for (const [key, text] of before) {
    if (!isBody([key, text]) && !newKeys.has(key) && text !== '') {
      removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), { key, status: 'removed', parts: [{ value: text, removed: true }] }]);
    }
    previous = key;
  }
  out.push(...(removedAfter.get('') ?? []));
  for (const [key, text] of after) {
    if (isBody([key, text])) {
      placeBody();
    } else {
      const old = oldByKey.get(key);
      out.push(old === undefined ? (text === '' ? same(key, '') : { key, status: 'added', parts: [{ value: text, added: true }] }) : diffText(key, old, text));
    }
    out.push(...(removedAfter.get(key) ?? []));
  }
  if (!bodyPlaced && bodyDiffs.length > 0) placeBody();
  return out;
}

function diffParagraphs(before: string[], after: string[]): FieldDiff[] {
  const out: FieldDiff[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    // A run of removed paragraphs next to a run of added ones: the same paragraphs, edited.
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i += 1) out.push(diffText('body', removed[i]!, added[i]!));
    for (const text of added.slice(paired)) out.push({ key: 'body', status: 'added', parts: [{ value: text, added: true }] });
    for (const text of removed.slice(paired)) out.push({ key: 'body', status: 'removed', parts: [{ value: text, removed: true }] });
    removed = [];
    added = [];
  };
  for (const change of diffArrays(before, after)) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      for (const text of change.value) out.push(same('body', text));
    }
  }
  flush();
  return out;
}

function same(key: string, text: string): FieldDiff {
  return { key, status: 'same', parts: [{ value: text }] };
}

/** Word diff of one field. An empty side is a whole-field insertion or deletion. */
export function diffText(key: string, before: string, after: string): FieldDiff {
  if (before === after) return same(key, after);
  if (before === '') return { key, status: 'added', parts: [{ value: after, added: true }] };
  if (after === '') return { key, status: 'removed', parts: [{ value: before, removed: true }] };
  const parts = diffWords(before, after).map((change) => ({
    value: change.value,
    ...(change.added ? { added: true } : {}),
    ...(change.removed ? { removed: true } : {}),
  }));
  return { key, status: 'changed', parts };
}
