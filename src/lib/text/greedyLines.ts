/**
 * Greedy line breaking: each piece goes on the current line while the line still fits, else it starts
 * the next one. What "fits" means (characters, or pixels in a font) is the caller's; so is what to do
 * with a piece that cannot fit even alone (cut it first, or refuse the text).
 */
export function greedyLines(pieces: string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line ? `${line} ${piece}` : piece;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = piece;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
