/**
 * Labels along one axis: each label wants its first line level with its mark; labels keep the order
 * of their marks (so leaders never cross) and are pushed apart only as far as they must, a crowded
 * run centred on where its marks are rather than all pushed down below the first.
 */
import { greedyLines } from '../text/greedyLines.ts';
export interface LabelRequest {
  id: string;
  /** Where the label would like its top edge. */
  desired: number;
  /** Its height. */
  height: number;
}

export interface PlacedLabel extends LabelRequest {
  /** Where its top edge goes. */
  top: number;
}

/**
 * Places labels in the order given (the caller's order is the order of the marks: labels never swap,
 * which is what keeps leaders from crossing), without overlap, inside [min, max]. A run of labels
 * that would collide becomes a block placed at the mean of its members' wishes (least squares),
 * clamped to the bounds; blocks that then touch merge. Bounds must hold the labels' total height.
 */
export function placeLabels(requests: LabelRequest[], bounds: { min: number; max: number; gap: number }): PlacedLabel[] {
  interface Block { items: LabelRequest[]; offsets: number[]; height: number; top: number }
  const blocks: Block[] = [];
  const fit = (block: Block) => {
    const wish = block.items.reduce((sum, item, i) => sum + item.desired - block.offsets[i]!, 0) / block.items.length;
    block.top = Math.max(bounds.min, Math.min(wish, bounds.max - block.height));
  };
  for (const request of requests) {
    let block: Block = { items: [request], offsets: [0], height: request.height, top: request.desired };
    fit(block);
    for (let previous = blocks.at(-1); previous && previous.top + previous.height + bounds.gap > block.top; previous = blocks.at(-1)) {
      blocks.pop();
      const shift = previous.height + bounds.gap;
      block = {
        items: [...previous.items, ...block.items],
        offsets: [...previous.offsets, ...block.offsets.map((offset) => offset + shift)],
        height: shift + block.height,
        top: 0,
      };
      fit(block);
    }
    blocks.push(block);
  }
  return blocks.flatMap((block) => block.items.map((item, i) => ({ ...item, top: block.top + block.offsets[i]! })));
}

/** True when any two labels overlap (touching is allowed). Used by the tests and as a build-time guard. */
export function labelsOverlap(labels: Array<{ top: number; height: number }>): boolean {
  const sorted = [...labels].sort((a, b) => a.top - b.top);
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i]!.top < sorted[i - 1]!.top + sorted[i - 1]!.height - 1e-6) return true;
  }
  return false;
}

/**
 * Advance widths in em of DejaVu Sans, the widest of the usual system sans fonts (Linux's default;
 * San Francisco, Segoe UI, Roboto and Arial are all narrower). The chart has no DOM to measure text
 * at build time; measuring against the widest font means a label fits whatever font the reader has.
 */
const NARROW_GLYPHS = new Map(Object.entries({ ' ': 0.318, i: 0.278, l: 0.278, j: 0.278, "'": 0.275, ',': 0.318, '.': 0.318, ':': 0.337, ';': 0.337, '!': 0.4, '|': 0.337, I: 0.295, J: 0.295, t: 0.392, f: 0.352, r: 0.411, '(': 0.39, ')': 0.39, '-': 0.361, '"': 0.46, '/': 0.337 }));
const WIDE_GLYPHS = new Map(Object.entries({ m: 0.974, w: 0.818, M: 0.863, W: 0.989, '—': 1, '%': 0.95, '&': 0.78, '@': 1 }));
export function glyphWidth(char: string): number {
  const known = NARROW_GLYPHS.get(char) ?? WIDE_GLYPHS.get(char);
  if (known !== undefined) return known;
  if (/[0-9]/.test(char)) return 0.636;
  if (/[A-Z]/.test(char)) return 0.72;
  if (/[a-z]/.test(char)) return 0.62;
  return 0.75;
}

/** The width of `text` set at `fontSize`, at DejaVu Sans's advance widths (see above). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += glyphWidth(char);
  return em * fontSize;
}

/** Breaks text into lines no wider than `maxWidth` at spaces; a word wider than a line is cut. */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate, fontSize) <= maxWidth;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** Breaks a short text (a lane header) into lines of at most `maxChars` characters at spaces. */
export function wrapText(text: string, maxChars: number): string[] {
  // A word longer than a line is cut into line-long pieces first; the last piece can share its line.
  const pieces = text.split(/\s+/).filter(Boolean).flatMap((word) => {
    if (word.length <= maxChars) return [word];
    const chunks: string[] = [];
    for (let i = 0; i < word.length; i += maxChars) chunks.push(word.slice(i, i + maxChars));
    return chunks;
  });
  return greedyLines(pieces, (line) => line.length <= maxChars);
}
