import type { CrossLink, StatementRef } from "../../core";

/** A rectangle in the overlay's coordinates (pixels from the top left of the columns area). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LinkEnd {
  x: number;
  y: number;
  /** The statement is scrolled out of its column: the line ends at the column's edge, drawn faint. */
  hidden: boolean;
}

export interface LinkGeometry {
  id: string;
  from: LinkEnd;
  to: LinkEnd;
  path: string;
  middle: { x: number; y: number };
  /** How many columns lie between the two maps: the line crosses their maps, and is drawn faint until chosen. */
  across: number;
}

export interface Column {
  /** Position from the left, so that a line leaves the left statement on its right side. */
  index: number;
  box: Box;
}

type RefKey = (ref: StatementRef) => string;

/**
 * Where a link between two columns is drawn: from the facing sides of the two statements' boxes, each end
 * held inside its column so a line never points into a neighbouring map. Null when a column is not shown or
 * a statement has no box (deleted; such links are listed, not drawn).
 */
export function linkGeometry(
  link: CrossLink,
  columns: ReadonlyMap<string, Column>,
  nodes: ReadonlyMap<string, Box>,
  keyOf: RefKey,
): LinkGeometry | null {
  const a = columns.get(link.from.map);
  const b = columns.get(link.to.map);
  const boxA = nodes.get(keyOf(link.from));
  const boxB = nodes.get(keyOf(link.to));
  if (!a || !b || !boxA || !boxB || a === b) return null;
  const aLeft = a.index < b.index;
  const from = endOn(boxA, aLeft ? "right" : "left", a.box);
  const to = endOn(boxB, aLeft ? "left" : "right", b.box);
  const across = Math.abs(a.index - b.index) - 1;
  return { id: link.id, from, to, path: curve(from, to), middle: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }, across };
}

/** The middle of one side of a box, held inside the column that shows it. */
export function endOn(box: Box, side: "left" | "right", column: Box): LinkEnd {
  const x = side === "right" ? box.x + box.width : box.x;
  const y = box.y + box.height / 2;
  const cx = clamp(x, column.x, column.x + column.width);
  const cy = clamp(y, column.y, column.y + column.height);
  return { x: cx, y: cy, hidden: cx !== x || cy !== y };
}

/** A horizontal S-curve, so that lines leaving neighbouring boxes stay apart. */
export function curve(from: { x: number; y: number }, to: { x: number; y: number }): string {
  const bend = Math.max(40, Math.abs(to.x - from.x) / 2) * Math.sign(to.x - from.x || 1);
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M ${r(from.x)} ${r(from.y)} C ${r(from.x + bend)} ${r(from.y)}, ${r(to.x - bend)} ${r(to.y)}, ${r(to.x)} ${r(to.y)}`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
