/** The part of a mark that dodging reads and moves. */
export interface DodgeMark {
  id: string;
  laneIndex: number;
  x: number;
  y1: number;
  y2: number;
  shape: 'point' | 'span';
}

/** Half the width of a dot and of a bar, as drawn. */
export const HALF_WIDTH = { point: 5, span: 4 } as const;

/**
 * Marks of one lane whose extents overlap (three events of one party "in 2009") would hide each other:
 * they are spread side by side within the lane, greedily, in order of their start. Leaders are
 * finished after this, from each mark's final x.
 */
export function dodgeWithinLanes(marks: DodgeMark[], laneWidth: number): void {
  const lanes = new Map<number, DodgeMark[]>();
  for (const mark of marks) lanes.set(mark.laneIndex, [...(lanes.get(mark.laneIndex) ?? []), mark]);
  for (const laneMarks of lanes.values()) {
    const sorted = [...laneMarks].sort((a, b) => a.y1 - b.y1 || a.y2 - b.y2 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // Each column remembers where its last mark ends; a mark takes the first column free at its top.
    const columnEnds: number[] = [];
    const column = new Map<string, number>();
    const groups: DodgeMark[][] = [];
    let group: DodgeMark[] = [];
    let groupEnd = -Infinity;
    for (const mark of sorted) {
      const top = mark.y1 - 6;
      const bottom = mark.y2 + 6;
      if (top >= groupEnd && group.length > 0) {
        groups.push(group);
        group = [];
        columnEnds.length = 0;
      }
      let index = columnEnds.findIndex((end) => end <= top);
      if (index === -1) index = columnEnds.push(bottom) - 1;
      else columnEnds[index] = bottom;
      column.set(mark.id, index);
      group.push(mark);
      groupEnd = Math.max(groupEnd, bottom);
    }
    if (group.length > 0) groups.push(group);
    for (const members of groups) {
      const columns = Math.max(...members.map((mark) => column.get(mark.id)!)) + 1;
      if (columns === 1) continue;
      // Side by side, as far apart as the lane allows, every mark whole inside its lane.
      const half = Math.max(...members.map((mark) => HALF_WIDTH[mark.shape]));
      const step = Math.min(12, Math.max(0, laneWidth - 2 * half) / (columns - 1));
      for (const mark of members) mark.x += (column.get(mark.id)! - (columns - 1) / 2) * step;
    }
  }
}
