/**
 * A checker, not part of the layout: counts pairs of leader lines that meet, read from the SVG path
 * data the reader's browser gets (`M x,y L x,y …`). Written apart from the layout code so that the
 * tests that use it (unit and end-to-end) check the drawing from outside rather than trust it.
 */
export type Point = readonly [number, number];
export type Polyline = Point[];

/** Parses the absolute `M`/`L` path data the chart writes; any other command is an error, so a change of drawing style cannot slip past the count. */
export function parseLeaderPath(d: string): Polyline {
  const tokens = d.trim().match(/[ML]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
  const points: Point[] = [];
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (/^[a-z]$/i.test(token)) {
      if (token !== 'M' && token !== 'L') throw new Error(`Leader path uses "${token}", not absolute M/L: ${d}`);
      command = token;
      i += 1;
      continue;
    }
    if (!command) throw new Error(`Leader path does not start with M: ${d}`);
    points.push([Number(tokens[i]), Number(tokens[i + 1])]);
    i += 2;
  }
  if (/[^MLml\d\s,.eE-]/.test(d)) throw new Error(`Leader path has a command other than M/L: ${d}`);
  return points;
}

const EPSILON = 1e-9;
const orientation = (a: Point, b: Point, c: Point) => {
  const value = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  return Math.abs(value) < EPSILON ? 0 : Math.sign(value);
};
const onSegment = (a: Point, b: Point, p: Point) =>
  Math.min(a[0], b[0]) - EPSILON <= p[0] && p[0] <= Math.max(a[0], b[0]) + EPSILON && Math.min(a[1], b[1]) - EPSILON <= p[1] && p[1] <= Math.max(a[1], b[1]) + EPSILON;

/** True when segments ab and cd share any point: a crossing, a touch, or a collinear overlap. */
export function segmentsMeet(a: Point, b: Point, c: Point, d: Point): boolean {
  const [o1, o2, o3, o4] = [orientation(a, b, c), orientation(a, b, d), orientation(c, d, a), orientation(c, d, b)];
  if (o1 !== o2 && o3 !== o4) return true;
  return (o1 === 0 && onSegment(a, b, c)) || (o2 === 0 && onSegment(a, b, d)) || (o3 === 0 && onSegment(c, d, a)) || (o4 === 0 && onSegment(c, d, b));
}

export function polylinesMeet(p: Polyline, q: Polyline): boolean {
  for (let i = 1; i < p.length; i += 1) {
    for (let j = 1; j < q.length; j += 1) if (segmentsMeet(p[i - 1]!, p[i]!, q[j - 1]!, q[j]!)) return true;
  }
  return false;
}

/** The pairs (by index) of leaders that cross or touch. */
export function crossingPairs(leaders: Polyline[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < leaders.length; i += 1) {
    for (let j = i + 1; j < leaders.length; j += 1) if (polylinesMeet(leaders[i]!, leaders[j]!)) pairs.push([i, j]);
  }
  return pairs;
}
