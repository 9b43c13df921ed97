/**
 * Places labels along one axis so that none overlap: each label wants to sit at its mark, labels
 * are taken in order of that wish, pushed down past the previous one, then, where the last one
 * runs past the bottom, the stack is pushed back up. Order is kept, so a label never jumps over
 * its neighbour and the leader lines never cross.
 */
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

export function placeLabels(requests: LabelRequest[], bounds: { min: number; max: number; gap: number }): PlacedLabel[] {
  const sorted = [...requests].sort((a, b) => a.desired - b.desired || a.id.localeCompare(b.id));
  const placed: PlacedLabel[] = [];
  let cursor = bounds.min;
  for (const request of sorted) {
    const top = Math.max(request.desired, cursor);
    placed.push({ ...request, top });
    cursor = top + request.height + bounds.gap;
  }
  // Backward pass: pull the stack up where it ran past the bottom, as far as the top allows.
  let limit = bounds.max;
  for (let i = placed.length - 1; i >= 0; i -= 1) {
    const label = placed[i]!;
    if (label.top + label.height > limit) label.top = Math.max(bounds.min, limit - label.height);
    limit = label.top - bounds.gap;
  }
  return placed;
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
 * Breaks a label into lines of at most `maxChars` characters at spaces (a word longer than a line
 * is cut). The chart has no DOM to measure text at build time; an average glyph width is close
 * enough for the system fonts the site uses, and the label column keeps a margin for it.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (word.length > maxChars) {
      if (line) lines.push(line);
      for (let i = 0; i < word.length; i += maxChars) lines.push(word.slice(i, i + maxChars));
      line = lines.pop() ?? '';
      continue;
    }
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
