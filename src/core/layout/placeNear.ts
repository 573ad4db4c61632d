import type { ArgumentMap } from "../model/map";
import { JUNCTION_SIZE, NODE_WIDTH, statementSize } from "./measure";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where to put a box that has no position yet without moving any other: under its conclusion (or beside its
 * premises), at the first free place to the right. This is what keeps the map from reshuffling on every edit.
 */
export function placeNear(map: ArgumentMap, id: string, anchorPoint?: { x: number; y: number }): { x: number; y: number } {
  const boxes = occupiedBoxes(map, id);
  const size = sizeOf(map, id);
  const start = anchorPoint ?? preferredPoint(map, id) ?? fallbackPoint(boxes);
  for (let step = 0; step < 400; step++) {
    const candidate = { x: start.x + (step % 20) * (NODE_WIDTH / 2 + 10), y: start.y + Math.floor(step / 20) * 60 };
    if (!boxes.some((b) => overlaps(b, { ...candidate, ...size }, 12))) return candidate;
  }
  return start;
}

function preferredPoint(map: ArgumentMap, id: string): { x: number; y: number } | undefined {
  const below = (targetId: string) => {
    const p = map.layout[targetId];
    if (!p) return undefined;
    return { x: p.x, y: p.y + sizeOf(map, targetId).height + 50 };
  };
  const asInference = map.inferences.find((i) => i.id === id);
  if (asInference) {
    const t = map.layout[asInference.target];
    if (t) return { x: t.x + NODE_WIDTH / 2 - JUNCTION_SIZE / 2, y: t.y + sizeOf(map, asInference.target).height + 20 };
  }
  for (const inf of map.inferences) {
    if (inf.premises.includes(id)) {
      const point = below(inf.id) ?? below(inf.target);
      if (point) return point;
    }
  }
  return undefined;
}

function fallbackPoint(boxes: Box[]): { x: number; y: number } {
  if (boxes.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...boxes.map((b) => b.x)), y: Math.max(...boxes.map((b) => b.y + b.height)) + 60 };
}

function sizeOf(map: ArgumentMap, id: string): { width: number; height: number } {
  const s = map.statements.find((x) => x.id === id);
  return s ? statementSize(s.text) : { width: JUNCTION_SIZE, height: JUNCTION_SIZE };
}

function occupiedBoxes(map: ArgumentMap, except: string): Box[] {
  return Object.entries(map.layout)
    .filter(([id]) => id !== except)
    .map(([id, p]) => ({ x: p.x, y: p.y, ...sizeOf(map, id) }));
}

function overlaps(a: Box, b: Box, margin: number): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}
