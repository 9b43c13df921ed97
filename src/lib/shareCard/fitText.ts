/**
 * Text fitting for the share cards: break text into lines at spaces only (never inside a word, never
 * clipped), shrinking the type step by step within limits; a text that does not fit at the smallest
 * size is reported, never cut.
 */
import { greedyLines } from '../text/greedyLines.ts';

/** Width in pixels of a string at a size, from the font's metrics. */
export type Measure = (text: string, size: number) => number;

export interface FitLimits {
  /** The largest size to try (px). */
  maxSize: number;
  /** The smallest size allowed (px): below it the text is reported as too long. */
  minSize: number;
  /** How far each step shrinks (px). */
  step?: number;
  /** The box's width (px). */
  width: number;
  /** At most this many lines. */
  maxLines: number;
  /** Line height as a multiple of the size (default 1.2). */
  lineHeight?: number;
  /** The box's height (px), when it limits the lines too. */
  maxHeight?: number;
}

export type Fit =
  | { ok: true; size: number; lines: string[] }
  | { ok: false; reason: string };

/**
 * Greedy line breaking at spaces. Returns undefined when one word alone is wider than the line,
 * because the only ways to place it would be to cut it or to let it overflow.
 */
export function wrapWords(text: string, width: number, size: number, measure: Measure): string[] | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.some((word) => measure(word, size) > width)) return undefined;
  return greedyLines(words, (line) => measure(line, size) <= width);
}

/**
 * Lines of even length, like CSS `text-wrap: balance`: the narrowest width that still breaks into the
 * same number of lines, so a headline never ends on a lone word when it need not.
 */
function balance(text: string, width: number, size: number, measure: Measure, count: number): string[] {
  let low = 0;
  let high = width;
  let best = wrapWords(text, width, size, measure)!;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    const lines = wrapWords(text, mid, size, measure);
    if (lines && lines.length <= count) {
      best = lines;
      high = mid;
    } else {
      low = mid;
    }
  }
  return best;
}

/** The largest size (from maxSize down in steps, to minSize) at which `text` fits the box, with its lines. */
export function fitText(text: string, measure: Measure, limits: FitLimits): Fit {
  const { maxSize, minSize, width, maxLines } = limits;
  const step = limits.step ?? 2;
  const lineHeight = limits.lineHeight ?? 1.2;
  const linesAllowed = (size: number) => Math.min(maxLines, Math.floor((limits.maxHeight ?? Infinity) / (size * lineHeight) + 1e-9));
  if (!text.trim()) return { ok: false, reason: 'the text is empty' };
  for (let size = maxSize; size >= minSize - 1e-9; size -= step) {
    const lines = wrapWords(text, width, size, measure);
    if (lines && lines.length <= linesAllowed(size)) return { ok: true, size, lines: balance(text, width, size, measure, lines.length) };
  }
  const longest = text.trim().split(/\s+/).reduce((a, b) => (measure(b, minSize) > measure(a, minSize) ? b : a));
  const reason =
    measure(longest, minSize) > width
      ? `the word "${longest}" is wider than the card's ${Math.floor(width)} px line even at ${minSize} px`
      : `it needs more than ${linesAllowed(minSize)} line${linesAllowed(minSize) === 1 ? '' : 's'} of ${Math.floor(width)} px even at ${minSize} px`;
  return { ok: false, reason };
}
