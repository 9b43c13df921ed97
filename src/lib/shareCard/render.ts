import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { readFontMetrics } from './fontMetrics.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardMetrics, type CardNode } from './layout.ts';

/**
 * Draws a laid-out card: satori turns the element tree into SVG with the glyphs as paths (so the
 * rasteriser needs no fonts), resvg turns the SVG into PNG. No browser, no system fonts: the same
 * input gives the same bytes on every machine.
 */

/** The font files that ship with the project (src/assets/fonts/, SIL Open Font License). */
export interface CardFontFiles {
  /** Gelasio Bold (metric-compatible with Georgia, the site's display face): the headline. */
  serifBold: Uint8Array;
  /** Inter Regular and Bold (the site's body face is the reader's system UI font): labels and text. */
  sansRegular: Uint8Array;
  sansBold: Uint8Array;
}

export interface CardFonts {
  files: CardFontFiles;
  metrics: CardMetrics;
}

export function loadCardFonts(files: CardFontFiles): CardFonts {
  return {
    files,
    metrics: { serifBold: readFontMetrics(files.serifBold), sansRegular: readFontMetrics(files.sansRegular), sansBold: readFontMetrics(files.sansBold) },
  };
}

/** The card as SVG (text as paths). */
export async function cardSvg(card: CardNode, fonts: CardFonts): Promise<string> {
  const { files } = fonts;
  const data = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return satori(card as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: [
      { name: 'Gelasio', data: data(files.serifBold), weight: 700, style: 'normal' },
      { name: 'Inter', data: data(files.sansRegular), weight: 400, style: 'normal' },
      { name: 'Inter', data: data(files.sansBold), weight: 700, style: 'normal' },
    ],
  });
}

/** The card as PNG bytes, 1200 × 630. */
export async function cardPng(card: CardNode, fonts: CardFonts): Promise<Uint8Array> {
  const svg = await cardSvg(card, fonts);
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
