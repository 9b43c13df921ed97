/**
 * Leader lines that never cross. Every leader is an elbow: level from its mark, out across the lanes
 * to a gutter just right of them, then straight to its label. Two level runs at different heights
 * never meet, and the slanted runs all start at the gutter and end at the label column, so two of
 * them cross only if their labels come in another order than their starts. So: every leader leaves
 * at its own height (`spreadAnchors`), and labels are placed in the order of those heights.
 */
import { placeLabels } from './labels.ts';

export interface AnchorRequest {
  id: string;
  /** Where the leader would like to leave its mark. */
  desired: number;
  /** The stretch of the mark a leader may leave from (a dot's height, a bar's length). */
  min: number;
  max: number;
}

/** Smallest distance between two leaders' level runs: they read as separate lines. */
export const ANCHOR_GAP = 2.5;
/**
 * One height per leader, in the order given (the caller sorts by mark), strictly increasing: ties
 * (events of one day) are fanned out around their mark, `ANCHOR_GAP` apart where the marks' extents
 * allow, closer where a crowd leaves no room, and always within each mark's extent.
 */
export function spreadAnchors(requests: AnchorRequest[]): number[] {
  for (let gap = ANCHOR_GAP; ; gap /= 2) {
    const fanned = placeLabels(
      requests.map((request) => ({ id: request.id, desired: request.desired, height: 0 })),
      { min: -Infinity, max: Infinity, gap },
    );
    const anchors = fanned.map((placed, i) => Math.max(requests[i]!.min, Math.min(requests[i]!.max, placed.top)));
    // Clamping into a mark may bring two leaders together: then fan out more tightly.
    const distinct = anchors.every((y, i) => i === 0 || y - anchors[i - 1]! >= gap / 2 - 1e-9);
    if (distinct || gap < MIN_ANCHOR_STEP) return distinct ? anchors : anchors.map((y, i) => y + i * 1e-3);
  }
}

/** Below this, leaders of one crowd are drawn a hair apart (coordinates are written to 0.01). */
const MIN_ANCHOR_STEP = 0.04;

export type LeaderPoints = Array<[number, number]>;

/** The elbow: level from (fromX, anchor) to the gutter, then to the label's first line. */
export function elbowLeader(fromX: number, anchor: number, gutterX: number, toX: number, toY: number): LeaderPoints {
  return [[fromX, anchor], [gutterX, anchor], [toX, toY]];
}

/** SVG path data of a leader: absolute M/L only, so it can be checked from outside. */
export function leaderPath(points: LeaderPoints): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('');
}
