/**
 * The passages a Dutch text puts between double quotation marks (“…” or "…"), told apart by what
 * they are: a quote in its original words, or our translation of one. In the Dutch edition an English
 * quote is followed by `(onze vertaling: “…”)`, so a passage right after "onze vertaling:" is ours
 * and a passage right before "(onze vertaling" is an English original; everything else between double
 * quotes is a Dutch original, which must be copied exactly, never retranslated from the English.
 * Single quotes (‘…’) mark words as words ("‘kon’, niet ‘deed’"), not quotations, and are left out.
 */
export interface QuotedPassage {
  text: string;
  kind: 'original' | 'english-original' | 'our-translation';
}

const DOUBLE_QUOTED = /“([^”]+)”|"([^"]+)"/g;

export function quotedPassages(text: string): QuotedPassage[] {
  return [...text.matchAll(DOUBLE_QUOTED)].map((match) => {
    const passage = (match[1] ?? match[2])!;
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 20);
    const kind = /vertaling:\s*$/.test(before) ? 'our-translation' : /^\s*\(onze vertaling/.test(after) ? 'english-original' : 'original';
    return { text: passage, kind };
  });
}
