import type { ArgumentMap } from "../model/map";
import { argumentForest } from "./argumentTree";
import { JUNCTION_SIZE, statementSize } from "./measure";

/**
 * What a teacher checks by eye on a laid-out map, as functions the layout's tests (and benchmarks) can run:
 * boxes that overlap, and lines that pass under a box. Lines are traced the way the canvas draws them (React
 * Flow's bezier edges, from the middle of a premise's top edge to the middle of its junction's bottom edge).
 */
export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function boxesOf(map: ArgumentMap, positions: Record<string, { x: number; y: number }>): Box[] {
  const boxes: Box[] = [];
  for (const s of map.statements) {
    const p = positions[s.id];
    if (p) boxes.push({ id: s.id, ...p, ...statementSize(s.text, s.central === true) });
  }
  for (const i of map.inferences) {
    const p = positions[i.id];
    if (p) boxes.push({ id: i.id, ...p, width: JUNCTION_SIZE, height: JUNCTION_SIZE });
  }
  return boxes;
}

/** Pairs of boxes closer than `margin` (or overlapping). */
export function crowdedPairs(boxes: Box[], margin = 0): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Box;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Box;
      if (b.x >= a.x + a.width + margin) break;
      if (a.y < b.y + b.height + margin && b.y < a.y + a.height + margin) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}

/** The lines of the map: premise to junction, and junction to what it supports or attacks. */
export function linesOf(map: ArgumentMap): { from: string; to: string }[] {
  return map.inferences.flatMap((i) => [...i.premises.map((p) => ({ from: p, to: i.id })), { from: i.id, to: i.target }]);
}

/** The lines that the layout's tree is made of (each statement's line to the inference it hangs under). */
export function treeLinesOf(map: ArgumentMap): { from: string; to: string }[] {
  const lines: { from: string; to: string }[] = [];
  const visit = (node: { id: string; children: { id: string }[] }) => {
    for (const c of node.children) lines.push({ from: c.id, to: node.id });
  };
  for (const node of argumentForest(map).order) visit(node);
  return lines;
}

/** The boxes a line passes under (its own two ends aside), sampled along the curve the canvas draws. */
export function boxesUnderLine(line: { from: string; to: string }, boxes: Box[], byId: Map<string, Box>): string[] {
  const from = byId.get(line.from);
  const to = byId.get(line.to);
  if (!from || !to) return [];
  const s = { x: from.x + from.width / 2, y: from.y };
  const t = { x: to.x + to.width / 2, y: to.y + to.height };
  const offset = (d: number) => (d >= 0 ? 0.5 * d : 0.25 * 25 * Math.sqrt(-d));
  const c1 = { x: s.x, y: s.y - offset(s.y - t.y) };
  const c2 = { x: t.x, y: t.y + offset(s.y - t.y) };
  // The curve stays within the rectangle of its ends and control points.
  const near = boxes.filter(
    (b) =>
      b.x < Math.max(s.x, t.x) &&
      b.x + b.width > Math.min(s.x, t.x) &&
      b.y < Math.max(s.y, t.y, c1.y, c2.y) &&
      b.y + b.height > Math.min(s.y, t.y, c1.y, c2.y),
  );
  const under = new Set<string>();
  for (let k = 1; k < 64; k++) {
    const u = k / 64;
    const v = 1 - u;
    const x = v * v * v * s.x + 3 * v * v * u * c1.x + 3 * v * u * u * c2.x + u * u * u * t.x;
    const y = v * v * v * s.y + 3 * v * v * u * c1.y + 3 * v * u * u * c2.y + u * u * u * t.y;
    for (const b of near) {
      if (b.id === line.from || b.id === line.to) continue;
      // A line may graze a border; it is hidden once it runs inside a box.
      if (x > b.x + 2 && x < b.x + b.width - 2 && y > b.y + 2 && y < b.y + b.height - 2) under.add(b.id);
    }
  }
  return [...under];
}
