/**
 * Which axe runs each built page gets (issue 17: axe where it finds different things). The page walk
 * (everyPage.spec.ts) runs them on the page it has loaded anyway; accessibility.spec.ts proves the
 * plan covers every page and every mode.
 */
import { barePath, editionOf } from './pages';

/**
 * The pages built from one template: a claim page and its embed card differ only in content, a Dutch
 * page is built from the template of its English page (/nl/x from /x), the two 404 pages are one
 * template, and the US Letter proof is the A4 proof with another print page size.
 */
export const templateOf = (path: string) =>
  barePath(path)
    .replace(/^\/(embed\/)?claims\/[^/]+\//, '/$1claims/*/')
    .replace(/^\/review\/letter\/$/, '/review/')
    .replace(/^\/404(\.html|\/)$/, '/404/');

export const MODES = [320, 1280].flatMap((width) => (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })));
export type Mode = (typeof MODES)[number];

/*
 * The print proof (/review/: every claim in one HTML page, 150+ pages on paper) is the heaviest page
 * for axe (20 s and more a run). Its markup does not change with the mode: width and colour scheme
 * change only reflow, target sizes and colours, which are the same for the cover and every claim
 * article (one component, 27 times). So the A4 proof of each edition is checked in full once, and in
 * the English proof's other three modes axe looks at what a mode can change: the site header, the
 * cover and the first claim article. The US Letter proofs are the A4 proofs' markup with another
 * print page size (asserted in accessibility.spec.ts, so a change there fails and this choice is
 * made again): they are checked on those same parts, where they differ (the header's links and the
 * cover's edition link).
 */
export const PROOF_PARTS = ['header.site-header', 'section.cover', '#claim-1'];
/**
 * What a run on those parts takes out of the proof first: every claim article after the first. Axe
 * reads the whole document for any run, parts or not (2 s a run on the proof, against 0.3 s without
 * the 26 other claims, measured), and the header, the cover and the first claim lay out the same
 * without the claims after them. The page walk makes the full runs before it takes anything out.
 */
export const PROOF_TRIM = 'article.review-claim:not(#claim-1)';
/** The mode of the English proof's full check: at 1280 px the proof has its fewest line boxes, the quickest for axe. */
const FULL_PROOF_MODE = MODES.find((mode) => mode.width === 1280 && mode.colorScheme === 'light')!;
export const isLetter = (path: string) => barePath(path) === '/review/letter/';
export const isProof = (path: string) => templateOf(path) === '/review/';

/** One axe run: the page in one mode, on the whole page or on some parts of it. */
export interface AxeRun {
  mode: Mode;
  parts?: string[];
}

/*
 * The first page of each template in all four modes (width and colour scheme change reflow, target
 * sizes and contrast), every other page of the template once, in a mode that rotates, so each page
 * and each mode is still checked and the near-identical claim pages (in either edition) are not
 * checked four times over. English pages come first, so the four modes fall on the English page of
 * each template and the Dutch pages take their turns. A page checked in four modes is loaded once
 * and switched from mode to mode, as a reader resizes a window or changes the system's theme.
 */
export function axePlan(pages: readonly string[]): Map<string, AxeRun[]> {
  const plan = new Map<string, AxeRun[]>();
  const seen = new Map<string, number>();
  for (const path of [...pages].sort((a, b) => Number(editionOf(a) !== 'en') - Number(editionOf(b) !== 'en') || a.localeCompare(b))) {
    const template = templateOf(path);
    const index = seen.get(template) ?? 0;
    seen.set(template, index + 1);
    const modes = index === 0 ? MODES : [MODES[index % MODES.length]!];
    plan.set(
      path,
      modes.map((mode) => {
        const parts = isLetter(path) || (isProof(path) && index === 0 && mode !== FULL_PROOF_MODE) ? PROOF_PARTS : undefined;
        return { mode, ...(parts ? { parts } : {}) };
      }),
    );
  }
  return plan;
}

export const describeRun = ({ mode, parts }: AxeRun) => `${mode.width}px ${mode.colorScheme}${parts ? `, on ${parts.join(', ')}` : ''}`;
