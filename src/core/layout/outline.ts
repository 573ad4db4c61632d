/**
 * The outline of a laid-out subtree: from top to bottom, bands of height with the leftmost and rightmost x that
 * anything of the subtree (a box, or the edges fanning out to its children) takes at that height. Two subtrees
 * side by side only need to be as far apart as their outlines demand, so a shallow subtree can sit above a
 * deep neighbour's lower branches: this is what keeps a tidy tree narrow (Reingold and Tilford's contours,
 * extended to boxes of any height).
 */
export interface Band {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Bands sorted by top, not overlapping; there may be gaps between them. */
export type Outline = readonly Band[];

export function moveOutline(outline: Outline, dx: number, dy: number): Band[] {
  return outline.map((b) => ({ top: b.top + dy, bottom: b.bottom + dy, left: b.left + dx, right: b.right + dx }));
}

/**
 * How far `right` must move rightwards (negative: may move leftwards) for nothing of it to come within `gap`
 * of `left` at any height where they come within `clearance` of each other. Without such a height, -Infinity.
 */
export function separation(left: Outline, right: Outline, gap: number, clearance = 0): number {
  let needed = Number.NEGATIVE_INFINITY;
  let first = 0;
  for (const b of right) {
    while (first < left.length && (left[first] as Band).bottom + clearance <= b.top) first++;
    for (let i = first; i < left.length; i++) {
      const a = left[i] as Band;
      if (a.top >= b.bottom + clearance) break;
      needed = Math.max(needed, a.right - b.left + gap);
    }
  }
  return needed;
}

/** An outline moved by dx and dy, without copying it. */
export interface Piece {
  outline: Outline;
  dx?: number;
  dy?: number;
}

/** The outline of two outlines together, the second moved by dx and dy: one walk down both, no sorting. */
export function mergeOutlines(a: Outline, b: Outline, dx = 0, dy = 0): Band[] {
  const merged: Band[] = [];
  const push = (top: number, bottom: number, left: number, right: number) => {
    if (bottom <= top) return;
    const last = merged[merged.length - 1];
    // Neighbouring bands of the same width are one band: outlines stay short, and merging stays cheap.
    if (last && last.bottom === top && last.left === left && last.right === right) last.bottom = bottom;
    else merged.push({ top, bottom, left, right });
  };
  let i = 0;
  let j = 0;
  let y = Math.min(a[0]?.top ?? Number.POSITIVE_INFINITY, (b[0]?.top ?? Number.POSITIVE_INFINITY) + dy);
  while (i < a.length || j < b.length) {
    const p = a[i];
    const q = b[j];
    const qTop = q ? q.top + dy : Number.POSITIVE_INFINITY;
    const qBottom = q ? q.bottom + dy : Number.POSITIVE_INFINITY;
    // A band already passed (or of no height) is skipped, so every step moves down.
    if (p && p.bottom <= y) {
      i++;
      continue;
    }
    if (q && qBottom <= y) {
      j++;
      continue;
    }
    const inP = p !== undefined && p.top <= y;
    const inQ = q !== undefined && qTop <= y;
    if (!inP && !inQ) {
      y = Math.min(p?.top ?? Number.POSITIVE_INFINITY, qTop);
      continue;
    }
    // The band of the merge ends where the next band of either starts or ends.
    const next = Math.min(inP ? (p as Band).bottom : (p?.top ?? Number.POSITIVE_INFINITY), inQ ? qBottom : qTop);
    const left = Math.min(inP ? (p as Band).left : Number.POSITIVE_INFINITY, inQ ? (q as Band).left + dx : Number.POSITIVE_INFINITY);
    const right = Math.max(inP ? (p as Band).right : Number.NEGATIVE_INFINITY, inQ ? (q as Band).right + dx : Number.NEGATIVE_INFINITY);
    push(y, next, left, right);
    y = next;
  }
  return merged;
}

/**
 * The outline of many outlines together: one sweep down all of them at once, from each height where any band
 * starts or ends to the next, taking the leftmost left and the rightmost right of the bands there.
 */
export function mergeMany(pieces: readonly Piece[]): Band[] {
  const parts = pieces.filter((p) => p.outline.length > 0);
  const cuts: number[] = [];
  for (const { outline, dy = 0 } of parts) for (const band of outline) cuts.push(band.top + dy, band.bottom + dy);
  cuts.sort((x, y) => x - y);
  const at = new Array<number>(parts.length).fill(0);
  const merged: Band[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const top = cuts[k] as number;
    const bottom = cuts[k + 1] as number;
    if (bottom === top) continue;
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    for (let p = 0; p < parts.length; p++) {
      const { outline, dx = 0, dy = 0 } = parts[p] as Piece;
      let i = at[p] as number;
      while (i < outline.length && (outline[i] as Band).bottom + dy <= top) i++;
      at[p] = i;
      const band = outline[i];
      if (band && band.top + dy <= top) {
        left = Math.min(left, band.left + dx);
        right = Math.max(right, band.right + dx);
      }
    }
    if (left > right) continue;
    const last = merged[merged.length - 1];
    // Neighbouring bands of the same width are one band: outlines stay short, and merging stays cheap.
    if (last && last.bottom === top && last.left === left && last.right === right) last.bottom = bottom;
    else merged.push({ top, bottom, left, right });
  }
  return merged;
}

export function outlineBounds(outline: Outline): Band {
  const bounds = {
    top: Number.POSITIVE_INFINITY,
    bottom: Number.NEGATIVE_INFINITY,
    left: Number.POSITIVE_INFINITY,
    right: Number.NEGATIVE_INFINITY,
  };
  for (const b of outline) {
    bounds.top = Math.min(bounds.top, b.top);
    bounds.bottom = Math.max(bounds.bottom, b.bottom);
    bounds.left = Math.min(bounds.left, b.left);
    bounds.right = Math.max(bounds.right, b.right);
  }
  return bounds;
}
