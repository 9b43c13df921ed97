import { readFileSync } from 'node:fs';
import { loadCardFonts, type CardFonts } from './render.ts';

/** The fonts the build uses, read from the repository for the unit tests. */
export function testFonts(): CardFonts {
  const file = (name: string) => new Uint8Array(readFileSync(new URL(`../../assets/fonts/${name}`, import.meta.url)));
  return loadCardFonts({ serifBold: file('gelasio-latin-700-normal.woff'), sansRegular: file('inter-latin-400-normal.woff'), sansBold: file('inter-latin-700-normal.woff') });
}
