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

type SatoriFonts = Parameters<typeof satori>[1]['fonts'];

export interface CardFonts {
  metrics: CardMetrics;
  /** satori's font list, made once: satori caches a parsed font by its ArrayBuffer, so reusing them saves parsing every font for every card. */
  satori: SatoriFonts;
}

const arrayBuffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

export function loadCardFonts(files: CardFontFiles): CardFonts {
  return {
    metrics: { serifBold: readFontMetrics(files.serifBold), sansRegular: readFontMetrics(files.sansRegular), sansBold: readFontMetrics(files.sansBold) },
    satori: [
      { name: 'Gelasio', data: arrayBuffer(files.serifBold), weight: 700, style: 'normal' },
      { name: 'Inter', data: arrayBuffer(files.sansRegular), weight: 400, style: 'normal' },
      { name: 'Inter', data: arrayBuffer(files.sansBold), weight: 700, style: 'normal' },
    ],
  };
}

/** The card as SVG (text as paths). */
export async function cardSvg(card: CardNode, fonts: CardFonts): Promise<string> {
  return satori(card as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fonts.satori });
}

/** The card as PNG bytes, 1200 × 630. */
export async function cardPng(card: CardNode, fonts: CardFonts): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await cardSvg(card, fonts);
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  // A copy in a plain ArrayBuffer: what a Response body accepts (a Node Buffer may sit in a shared pool).
  return new Uint8Array(png);
}
