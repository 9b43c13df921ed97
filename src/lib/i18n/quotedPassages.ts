/**
 * The passages a Dutch text puts between double quotation marks (“…” or "…"), told apart by what
 * they are: a quote in its original words, or our translation of one. In the Dutch edition an English
 * quote is followed by `(onze vertaling: “…”)`, so a passage right after "onze vertaling:" is ours
 * and a passage right before "(onze vertaling" is an English original; everything else between double
 * quotes is a Dutch original, which must be copied exactly, never retranslated from the English.
 * Single quotes (‘…’) mark words as words ("‘kon’, niet ‘deed’"), not quotations, and are left out.
 *
 * In an MDX analysis an English original is marked as English inside its quotation marks,
 * `"<span lang="en">…</span>"`, so that a screen reader reads it in an English voice; a marked
 * passage is an English original wherever it stands, and `lang` says how it was marked.
 */
export interface QuotedPassage {
  text: string;
  kind: 'original' | 'english-original' | 'our-translation';
  /** The language the passage is marked with (`<span lang="…">` filling the quotation marks), if any. */
  lang?: string | undefined;
}

const DOUBLE_QUOTED = /“([^”]+)”|"((?:<span lang="[a-z-]+">[^<]*<\/span>)|[^"]+)"/g;
const MARKED = /^<span lang="([a-z-]+)">([^<]*)<\/span>$/;

export function quotedPassages(text: string): QuotedPassage[] {
  return [...text.matchAll(DOUBLE_QUOTED)].map((match) => {
    const quoted = (match[1] ?? match[2])!;
    const marked = MARKED.exec(quoted);
    const passage = marked ? marked[2]! : quoted;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    const kind = /vertaling:\s*$/.test(before) ? 'our-translation' : /^\s*\(onze vertaling/.test(after) || marked?.[1] === 'en' ? 'english-original' : 'original';
    return marked ? { text: passage, kind, lang: marked[1] } : { text: passage, kind };
  });
}
