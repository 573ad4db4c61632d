import type { ArgumentMap, Position } from "../model/map";
import { done, type Edit } from "./outcome";

/** The user placed boxes by hand: they are pinned, so automatic placement leaves them where they are. */
export function moveNodes(map: ArgumentMap, moves: Record<string, { x: number; y: number }>): Edit {
  const known = knownIds(map);
  const layout = { ...map.layout };
  for (const [id, p] of Object.entries(moves)) if (known.has(id)) layout[id] = { x: whole(p.x), y: whole(p.y), pinned: true };
  return done({ ...map, layout });
}

/**
 * Positions computed by automatic layout. With unpin, the laid-out boxes lose their pin (the user asked to
 * lay them out again); without, pinned boxes keep theirs.
 */
export function applyLayout(map: ArgumentMap, positions: Record<string, { x: number; y: number }>, unpin = true): Edit {
  const known = knownIds(map);
  const layout: Record<string, Position> = { ...map.layout };
  for (const [id, p] of Object.entries(positions)) {
    if (!known.has(id)) continue;
    const old = layout[id];
    if (old?.pinned && !unpin) continue;
    layout[id] = { x: whole(p.x), y: whole(p.y) };
  }
  return done({ ...map, layout });
}

/** Positions are kept only for what exists: a stale id (a box deleted meanwhile) is ignored. */
function knownIds(map: ArgumentMap): Set<string> {
  return new Set([...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)]);
}

/** Whole pixels; never -0, which JSON writes as 0, so the map in memory equals the map read back from its file. */
function whole(n: number): number {
  return Math.round(n) || 0;
}
