/** Plane geometry for the diagram: where an edge meets a box or a junction, arrowheads, and making room. */

export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

/**
 * Where an edge toward `toward` leaves a box: through the top or bottom when the other end lies above or below
 * (the map reads top-down), at the point straight above or below it as far as the rounded corners allow, so the
 * edges into one box fan out instead of meeting in one spot; through a side otherwise.
 */
export function attachToRect(rect: Rect, toward: Point): Point {
  const inset = 16;
  const clampX = Math.min(Math.max(toward.x, rect.x + inset), rect.x + rect.width - inset);
  if (toward.y < rect.y) return { x: clampX, y: rect.y };
  if (toward.y > rect.y + rect.height) return { x: clampX, y: rect.y + rect.height };
  const clampY = Math.min(Math.max(toward.y, rect.y + 8), rect.y + rect.height - 8);
  return toward.x < rect.x + rect.width / 2 ? { x: rect.x, y: clampY } : { x: rect.x + rect.width, y: clampY };
}

export function attachToCircle(circle: Circle, toward: Point): Point {
  const dx = toward.x - circle.cx;
  const dy = toward.y - circle.cy;
  const length = Math.hypot(dx, dy);
  if (length === 0) return { x: circle.cx, y: circle.cy };
  return { x: circle.cx + (dx / length) * circle.r, y: circle.cy + (dy / length) * circle.r };
}

/** The triangle of an arrowhead whose tip is at `to`, and where the shaft should stop so it does not poke through. */
export function arrowhead(from: Point, to: Point, length = 9, halfWidth = 4.5): { points: [Point, Point, Point]; shaftEnd: Point } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const base = { x: to.x - ux * length, y: to.y - uy * length };
  return {
    points: [to, { x: base.x - uy * halfWidth, y: base.y + ux * halfWidth }, { x: base.x + uy * halfWidth, y: base.y - ux * halfWidth }],
    shaftEnd: { x: to.x - ux * length * 0.7, y: to.y - uy * length * 0.7 },
  };
}

export interface Growing extends Rect {
  id: string;
  /** How much taller the box became (quotes shown under the wording). */
  grow: number;
}

/**
 * Move boxes down so that boxes which grew do not cover what was below them: each box moves by the most that
 * any grown box above it in its column pushes, carried down the column (a longest path over "is above").
 * Boxes centred on one line (a layer of the automatic layout) move together, so rows stay rows. Everything
 * keeps its original gaps; nothing moves up or sideways.
 */
export function makeRoom(boxes: readonly Growing[], margin = 24): Map<string, number> {
  if (boxes.every((b) => b.grow === 0)) return new Map();
  const rows = new Map<number, Growing[]>();
  for (const box of boxes) {
    const centre = Math.round(box.y + box.height / 2);
    rows.set(centre, [...(rows.get(centre) ?? []), box]);
  }
  const shift = new Map<string, number>();
  const done: Growing[] = [];
  for (const centre of [...rows.keys()].sort((a, b) => a - b)) {
    const row = rows.get(centre) ?? [];
    let moved = 0;
    for (const box of row) {
      for (const above of done) {
        const isAbove = above.y + above.height <= box.y + 1;
        const sameColumn = above.x - margin < box.x + box.width && box.x - margin < above.x + above.width;
        if (isAbove && sameColumn) moved = Math.max(moved, (shift.get(above.id) ?? 0) + above.grow);
      }
    }
    for (const box of row) shift.set(box.id, moved);
    done.push(...row);
  }
  return shift;
}
