/**
 * The card's colours: the light scheme of src/styles/tokens.css, restated because satori cannot read
 * CSS custom properties. palette.test.ts checks each value against tokens.css, so they cannot drift.
 * A card is a picture shown on other sites' light and dark pages alike; the light scheme reads on both.
 */
export const PALETTE = {
  /** --bg-soft: the card's background. */
  background: '#f4f4f1',
  /** --fg: the headline and the stances. */
  text: '#1a1a1a',
  /** --fg-muted: labels, the publisher and the address. */
  muted: '#52525b',
  /** --line: rules between cells and above the footer. */
  line: '#d4d4cf',
} as const;

/** --tone-*: the rating scale's colours; white text on each meets 4.5:1 (they are text colours on white). */
export const TONES: Record<string, string> = {
  supported: '#1d6b30',
  reported: '#0f6e66',
  contested: '#7d5c00',
  misleading: '#a14a00',
  unsupported: '#b3261e',
};

/**
 * The accent of cards without a rating (home, timeline): the blue of the site-wide share image
 * (public/og/site.png), which no party and no rating uses.
 */
export const NEUTRAL_ACCENT = '#1d4f91';
