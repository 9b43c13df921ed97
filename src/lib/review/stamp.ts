/**
 * The stamp printed on every page of the proof: "PROOF", the revision and its date (and, for a
 * proof of changes, the signed revision it is compared with), so a loose page still says what it is.
 * It goes into the @page margin box at the foot, whose content can only be a CSS string: the stylesheet is
 * generated per build (a literal in the page's own CSS could not name the revision).
 */
export interface StampInput {
  label: string;
  commit: string;
  /** ISO date or time of the revision. */
  date: string;
  dirty: boolean;
  /** The signed revision of a proof of changes. */
  since?: string | undefined;
}

export function proofStamp({ label, commit, date, dirty, since }: StampInput): string {
  const revision = commit === 'unknown' ? 'revision unknown' : `rev. ${commit.slice(0, 10)}${dirty ? '+' : ''}`;
  return [label, revision, date.slice(0, 10), since ? `changes since ${since.slice(0, 10)}` : ''].filter(Boolean).join(' · ');
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/**
 * The stamp at the foot of every page, before "page N of M" (print.css's box, which this replaces):
 * one box across the page, so neither squeezes the other.
 */
export function stampCss(stamp: string, pageOf: { page: string; of: string }): string {
  return `@page { @bottom-center { content: ${cssString(`${stamp} · ${pageOf.page} `)} counter(page) ${cssString(` ${pageOf.of} `)} counter(pages); font: 700 8pt ui-monospace, monospace; color: #000; white-space: nowrap; } }\n`;
}
