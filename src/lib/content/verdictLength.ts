/**
 * A verdict is the one sentence a reader may read instead of the page, so it is kept short: the
 * second editorial read (issue 18) set 35 words as the limit a reader takes in at a glance.
 */
export const MAX_VERDICT_WORDS = 35;

/**
 * Words as a reader counts them: runs of characters between spaces. "2009–2010", "present-tense"
 * and "KPN's" are one word each; punctuation standing alone (a dash between spaces) is none.
 */
export function countWords(text: string): number {
  return text
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
