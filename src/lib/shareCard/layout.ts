import { fitText, type FitLimits } from './fitText.ts';
import type { FontMetrics } from './fontMetrics.ts';
import { NEUTRAL_ACCENT, PALETTE, TONES } from './palette.ts';

/**
 * The share cards' layout (1200 × 630, the size the big networks show): what a card says, placed and
 * sized. Every text is broken into lines here (fitText), so the renderer only draws lines that fit;
 * a text that cannot fit stops the build with the card and the field named.
 */

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a claim's card says, in plain words: the one shape the renderer takes (see shareCardInput). */
export interface ShareCardInput {
  /** The claim in at most 75 characters, written by hand. */
  shortForm: string;
  /** The rating's label ("Reported"): the card says it in words, not by colour alone. */
  ratingLabel: string;
  /** The rating's tone (tokens.css --tone-*), for the accent; optional, never the only cue. */
  ratingTone?: string | undefined;
  /** Every respondent's stance label, in respondent order (2 side by side, 3 or more in a row or grid). */
  stances: Array<{ party: string; stance: string; silent?: boolean | undefined }>;
  /** Who publishes the fact-check. */
  publisher: string;
  /** The site's address as a reader would type it (host and path, no scheme). */
  site: string;
}

/** What the home and timeline cards say: a title, a sentence, and a few labelled facts. */
export interface OverviewCardInput {
  kicker: string;
  title: string;
  summary: string;
  facts: Array<{ label: string; value: string; tone?: string | undefined }>;
  publisher: string;
  site: string;
}

/** A labelled value in the card's bottom row(s). */
interface Cell {
  /** Names the cell in an error message ("stance of XYZ"). */
  field: string;
  label: string;
  value: string;
  /** A filled badge in this colour (the rating), else plain text. */
  badge?: string | undefined;
  /** Muted and regular weight: silence reads quieter than an answer, as on the claim page. */
  quiet?: boolean | undefined;
  /** The colour of the cell's left rule. */
  rule: string;
}

interface CardSpec {
  /** Names the card in error messages (the claim, or "home"). */
  name: string;
  kicker: string;
  accent: string;
  headline: { field: string; text: string; maxSize: number; minSize: number; maxLines: number };
  body?: { field: string; text: string } | undefined;
  cells: Cell[];
  cellsPerRow: number;
  footerLeft: string;
  footerRight: string;
}

export interface CardMetrics {
  serifBold: FontMetrics;
  sansRegular: FontMetrics;
  sansBold: FontMetrics;
}

/** A satori element: plain objects, the shape React elements have, so no JSX runtime is needed. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

const div = (style: CardNode['props']['style'], children?: string | CardNode[]): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

// Geometry (px). The content column runs between the accent stripe and the right margin.
const STRIPE = 20;
const PAD_LEFT = 56;
const PAD_RIGHT = 60;
const PAD_TOP = 48;
const PAD_BOTTOM = 40;
const CONTENT_WIDTH = CARD_WIDTH - STRIPE - PAD_LEFT - PAD_RIGHT;
const KICKER_SIZE = 22;
const GAP = 18;
const HEADLINE_LEADING = 1.15;
const BODY = { maxSize: 30, minSize: 24, leading: 1.35, maxLines: 3 };
const CELL_RULE = 4;
const CELL_PAD_LEFT = 18;
const CELL_PAD_RIGHT = 12;
const CELL_LABEL = { maxSize: 18, minSize: 14 };
const CELL_VALUE = { maxSize: 32, minSize: 20 };
const BADGE_PAD_X = 14;
const CELL_VALUE_BOX = 48;
const CELL_HEIGHT = Math.ceil(CELL_LABEL.maxSize * 1.3) + 8 + CELL_VALUE_BOX;
const ROW_GAP = 16;
const FOOTER_SIZE = 22;
const FOOTER_HEIGHT = 2 + 14 + Math.ceil(FOOTER_SIZE * 1.3);
const MIN_SPACE_ABOVE_CELLS = 28;

function fitOrFail(spec: CardSpec, field: string, text: string, metrics: FontMetrics, limits: FitLimits) {
  const missing = metrics.missing(text);
  if (missing.length > 0) {
    throw new Error(`${spec.name} → ${field}: the share card's font has no glyph for ${missing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`);
  }
  const fit = fitText(text, (t, size) => metrics.width(t, size), limits);
  if (!fit.ok) throw new Error(`${spec.name} → ${field}: "${text}" does not fit the share card: ${fit.reason}`);
  return fit;
}

function chunk<T>(items: T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

const lineNodes = (lines: string[], style: CardNode['props']['style']) => lines.map((line) => div({ ...style, whiteSpace: 'nowrap' }, line));

/** Places a card: fits every text, checks the whole fits 630 px, and returns satori's element tree. */
function layOut(spec: CardSpec, fonts: CardMetrics): CardNode {
  const rows = chunk(spec.cells, spec.cellsPerRow);
  const cellsHeight = rows.length * CELL_HEIGHT + (rows.length - 1) * ROW_GAP;
  const fixed = PAD_TOP + Math.ceil(KICKER_SIZE * 1.3) + GAP + MIN_SPACE_ABOVE_CELLS + cellsHeight + GAP + FOOTER_HEIGHT + PAD_BOTTOM;
  const textHeight = CARD_HEIGHT - fixed;

  const kicker = fitOrFail(spec, 'kicker', spec.kicker.toUpperCase(), fonts.sansBold, { maxSize: KICKER_SIZE, minSize: KICKER_SIZE, width: CONTENT_WIDTH, maxLines: 1 });
  const bodyReserve = spec.body ? GAP + BODY.maxLines * BODY.minSize * BODY.leading : 0;
  const { headline } = spec;
  const head = fitOrFail(spec, headline.field, headline.text, fonts.serifBold, {
    maxSize: headline.maxSize,
    minSize: headline.minSize,
    width: CONTENT_WIDTH,
    maxLines: headline.maxLines,
    lineHeight: HEADLINE_LEADING,
    maxHeight: textHeight - bodyReserve,
  });
  const headHeight = head.lines.length * head.size * HEADLINE_LEADING;
  const body = spec.body
    ? fitOrFail(spec, spec.body.field, spec.body.text, fonts.sansRegular, {
        maxSize: BODY.maxSize,
        minSize: BODY.minSize,
        width: CONTENT_WIDTH,
        maxLines: BODY.maxLines,
        lineHeight: BODY.leading,
        maxHeight: textHeight - headHeight - GAP,
      })
    : undefined;

  const cellWidth = CONTENT_WIDTH / spec.cellsPerRow;
  // satori sizes a box without its border and padding (content-box), so a cell's width is its inner width.
  const inner = cellWidth - CELL_RULE - CELL_PAD_LEFT - CELL_PAD_RIGHT;
  // Every value shares one size (the smallest any of them needs), so no stance looks louder than another.
  const labelFits = spec.cells.map((cell) => fitOrFail(spec, `${cell.field} (label)`, cell.label.toUpperCase(), fonts.sansBold, { ...CELL_LABEL, width: inner, maxLines: 1, step: 1 }));
  const valueFits = spec.cells.map((cell) =>
    fitOrFail(spec, cell.field, cell.value, cell.quiet ? fonts.sansRegular : fonts.sansBold, { ...CELL_VALUE, width: inner - (cell.badge ? 2 * BADGE_PAD_X : 0), maxLines: 1, step: 1 }),
  );
  const labelSize = Math.min(...labelFits.map((fit) => fit.size));
  const valueSize = Math.min(...valueFits.map((fit) => fit.size));
  const rowNodes = rows.map((row) => {
    return div(
      { display: 'flex', flexDirection: 'row', width: CONTENT_WIDTH, height: CELL_HEIGHT },
      row.map((cell) =>
        div(
          { display: 'flex', flexDirection: 'column', width: inner, flexShrink: 0, borderLeft: `${CELL_RULE}px solid ${cell.rule}`, paddingLeft: CELL_PAD_LEFT, paddingRight: CELL_PAD_RIGHT },
          [
            div({ display: 'flex', fontFamily: 'Inter', fontWeight: 700, fontSize: labelSize, lineHeight: 1.3, color: PALETTE.muted, whiteSpace: 'nowrap', marginBottom: 8 }, cell.label.toUpperCase()),
            div(
              { display: 'flex', height: CELL_VALUE_BOX, alignItems: 'center' },
              [
                div(
                  cell.badge
                    ? { display: 'flex', fontFamily: 'Inter', fontWeight: 700, fontSize: valueSize, lineHeight: 1.25, color: '#ffffff', backgroundColor: cell.badge, borderRadius: 6, padding: `2px ${BADGE_PAD_X}px`, whiteSpace: 'nowrap' }
                    : { display: 'flex', fontFamily: 'Inter', fontWeight: cell.quiet ? 400 : 700, fontSize: valueSize, lineHeight: 1.25, color: cell.quiet ? PALETTE.muted : PALETTE.text, whiteSpace: 'nowrap' },
                  cell.value,
                ),
              ],
            ),
          ],
        ),
      ),
    );
  });

  const footerLeft = fitOrFail(spec, 'publisher', spec.footerLeft, fonts.sansBold, { maxSize: FOOTER_SIZE, minSize: 16, width: CONTENT_WIDTH / 2 - 8, maxLines: 1, step: 1 });
  const footerRight = fitOrFail(spec, 'site', spec.footerRight, fonts.sansRegular, { maxSize: FOOTER_SIZE, minSize: 16, width: CONTENT_WIDTH / 2 - 8, maxLines: 1, step: 1 });

  return div({ display: 'flex', flexDirection: 'row', width: CARD_WIDTH, height: CARD_HEIGHT, backgroundColor: PALETTE.background }, [
    div({ display: 'flex', width: STRIPE, height: CARD_HEIGHT, backgroundColor: spec.accent }),
    div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PAD_TOP}px ${PAD_RIGHT}px ${PAD_BOTTOM}px ${PAD_LEFT}px` }, [
      div({ display: 'flex', fontFamily: 'Inter', fontWeight: 700, fontSize: kicker.size, lineHeight: 1.3, color: PALETTE.muted, whiteSpace: 'nowrap', marginBottom: GAP }, kicker.lines[0]!),
      div({ display: 'flex', flexDirection: 'column' }, lineNodes(head.lines, { display: 'flex', fontFamily: 'Gelasio', fontWeight: 700, fontSize: head.size, lineHeight: HEADLINE_LEADING, color: PALETTE.text })),
      ...(body ? [div({ display: 'flex', flexDirection: 'column', marginTop: GAP }, lineNodes(body.lines, { display: 'flex', fontFamily: 'Inter', fontWeight: 400, fontSize: body.size, lineHeight: BODY.leading, color: PALETTE.text }))] : []),
      div({ display: 'flex', flexGrow: 1, minHeight: MIN_SPACE_ABOVE_CELLS }),
      div({ display: 'flex', flexDirection: 'column', gap: ROW_GAP }, rowNodes),
      div({ display: 'flex', flexDirection: 'row', justifyContent: 'space-between', alignItems: 'baseline', marginTop: GAP, paddingTop: 14, borderTop: `2px solid ${PALETTE.line}` }, [
        div({ display: 'flex', fontFamily: 'Inter', fontWeight: 700, fontSize: footerLeft.size, lineHeight: 1.3, color: PALETTE.muted, whiteSpace: 'nowrap' }, footerLeft.lines[0]!),
        div({ display: 'flex', fontFamily: 'Inter', fontWeight: 400, fontSize: footerRight.size, lineHeight: 1.3, color: PALETTE.muted, whiteSpace: 'nowrap' }, footerRight.lines[0]!),
      ]),
    ]),
  ]);
}

/** At most this many cells in a row: with more respondents the stances wrap onto a second row. */
const CLAIM_CELLS_PER_ROW = 4;

/** The card of one claim: its short form, the rating in words, every respondent's stance. */
export function claimCard(input: ShareCardInput, fonts: CardMetrics, options: { name: string; kicker: string; ratingField: string }): CardNode {
  const accent = (input.ratingTone && TONES[input.ratingTone]) || NEUTRAL_ACCENT;
  const cells: Cell[] = [
    { field: 'rating', label: options.ratingField, value: input.ratingLabel, badge: accent, rule: accent },
    ...input.stances.map(({ party, stance, silent }) => ({ field: `stance of ${party}`, label: party, value: stance, quiet: silent, rule: PALETTE.line })),
  ];
  return layOut(
    {
      name: options.name,
      kicker: options.kicker,
      accent,
      headline: { field: 'shortForm', text: input.shortForm, maxSize: 64, minSize: 40, maxLines: 3 },
      cells,
      cellsPerRow: Math.min(CLAIM_CELLS_PER_ROW, cells.length),
      footerLeft: input.publisher,
      footerRight: input.site,
    },
    fonts,
  );
}

/** The card of a page without a rating (home, timeline): title, one sentence, a row of facts. */
export function overviewCard(input: OverviewCardInput, fonts: CardMetrics, options: { name: string }): CardNode {
  return layOut(
    {
      name: options.name,
      kicker: input.kicker,
      accent: NEUTRAL_ACCENT,
      headline: { field: 'title', text: input.title, maxSize: 60, minSize: 36, maxLines: 3 },
      body: { field: 'summary', text: input.summary },
      cells: input.facts.map((fact) => ({ field: `fact "${fact.label}"`, label: fact.label, value: fact.value, rule: (fact.tone && TONES[fact.tone]) || PALETTE.line })),
      cellsPerRow: Math.max(1, input.facts.length),
      footerLeft: input.publisher,
      footerRight: input.site,
    },
    fonts,
  );
}
