import { inflateSync } from 'node:zlib';

/**
 * Advance widths read from a TTF/OTF or WOFF file, so the card's layout can break lines itself and hand
 * satori lines that already fit: satori's own wrapping cannot report an overflow, and a line it wraps
 * differently from ours would be clipped. Kerning and ligatures are ignored; both only ever narrow a
 * Latin line, so a width measured here is an upper bound of the drawn width.
 */
export interface FontMetrics {
  /** Width in pixels of `text` set at `size` px. */
  width(text: string, size: number): number;
  /** The characters of `text` that the font has no glyph for (the card would show a blank box). */
  missing(text: string): string[];
}

type Tables = Map<string, DataView>;

function tablesOf(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = view.getUint32(0);
  const tables: Tables = new Map();
  const tag = (at: number) => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
  if (signature === 0x774f4646) {
    // WOFF 1.0 (https://www.w3.org/TR/WOFF/#TableDirectory): 44-byte header, 20-byte entries, zlib tables.
    const count = view.getUint16(12);
    for (let i = 0; i < count; i++) {
      const entry = 44 + i * 20;
      const offset = view.getUint32(entry + 4);
      const compLength = view.getUint32(entry + 8);
      const origLength = view.getUint32(entry + 12);
      const raw = bytes.subarray(offset, offset + compLength);
      const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw;
      tables.set(tag(entry), new DataView(data.buffer, data.byteOffset, data.byteLength));
    }
  } else if (signature === 0x00010000 || signature === 0x4f54544f || signature === 0x74727565) {
    // TrueType/OpenType: 12-byte offset table, 16-byte entries.
    const count = view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const entry = 12 + i * 16;
      tables.set(tag(entry), new DataView(bytes.buffer, bytes.byteOffset + view.getUint32(entry + 8), view.getUint32(entry + 12)));
    }
  } else {
    throw new Error('not a TTF, OTF or WOFF font (WOFF2 is not supported: satori cannot read it either)');
  }
  for (const needed of ['head', 'hhea', 'hmtx', 'cmap']) {
    if (!tables.has(needed)) throw new Error(`the font has no "${needed}" table`);
  }
  return tables;
}

/** A code point → glyph id lookup from the font's Unicode cmap subtable (format 12 preferred, else 4). */
function glyphLookup(cmap: DataView): (codePoint: number) => number {
  const count = cmap.getUint16(2);
  let format4: number | undefined;
  for (let i = 0; i < count; i++) {
    const record = 4 + i * 8;
    const platform = cmap.getUint16(record);
    const encoding = cmap.getUint16(record + 2);
    const offset = cmap.getUint32(record + 4);
    const format = cmap.getUint16(offset);
    if (format === 12 && (platform === 3 || platform === 0)) {
      const groups = cmap.getUint32(offset + 12);
      return (codePoint) => {
        for (let g = 0; g < groups; g++) {
          const at = offset + 16 + g * 12;
          const start = cmap.getUint32(at);
          if (codePoint >= start && codePoint <= cmap.getUint32(at + 4)) return cmap.getUint32(at + 8) + codePoint - start;
        }
        return 0;
      };
    }
    if (format === 4 && (platform === 0 || (platform === 3 && encoding === 1))) format4 ??= offset;
  }
  if (format4 === undefined) throw new Error('the font has no Unicode cmap (format 4 or 12)');
  const offset = format4;
  const segments = cmap.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    for (let s = 0; s < segments; s++) {
      if (codePoint > cmap.getUint16(ends + s * 2)) continue;
      const start = cmap.getUint16(starts + s * 2);
      if (codePoint < start) return 0;
      const delta = cmap.getInt16(deltas + s * 2);
      const rangeOffsetAt = rangeOffsets + s * 2;
      const rangeOffset = cmap.getUint16(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = cmap.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Reads the metrics of one font file (TTF, OTF or WOFF 1.0). */
export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const tables = tablesOf(bytes);
  const unitsPerEm = tables.get('head')!.getUint16(18);
  const metricCount = tables.get('hhea')!.getUint16(34);
  const hmtx = tables.get('hmtx')!;
  const glyphOf = glyphLookup(tables.get('cmap')!);
  const advanceOf = (glyph: number) => hmtx.getUint16(Math.min(glyph, metricCount - 1) * 4);
  const cache = new Map<number, number>();
  const advance = (codePoint: number) => {
    let units = cache.get(codePoint);
    if (units === undefined) {
      units = advanceOf(glyphOf(codePoint));
      cache.set(codePoint, units);
    }
    return units;
  };
  return {
    width(text, size) {
      let units = 0;
      for (const char of text) units += advance(char.codePointAt(0)!);
      return (units * size) / unitsPerEm;
    },
    missing(text) {
      return [...new Set([...text].filter((char) => !/\s/.test(char) && glyphOf(char.codePointAt(0)!) === 0))];
    },
  };
}
