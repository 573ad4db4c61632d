import ELK from "elkjs/lib/elk.bundled.js";
import type { ArgumentMap } from "../model/map";
import { JUNCTION_SIZE, statementSize } from "./measure";

export type Positions = Record<string, { x: number; y: number }>;

const elk = new ELK();

/**
 * Top-down layered layout (ELK "layered"): the central claim on top, each inference a small junction under its
 * conclusion with its premises side by side beneath it. Supports are listed before attacks and the model order
 * is respected, so counterclaims sit to the side of the reasons instead of between them.
 * Plain data in, positions out: it runs the same in a Web Worker, in Node and in tests.
 */
export async function layoutMap(map: ArgumentMap, only?: ReadonlySet<string>): Promise<Positions> {
  const known = new Set([...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)]);
  const ordered = [...map.inferences].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "support" ? -1 : 1));
  const children = [
    ...map.statements.map((s) => ({ id: s.id, ...statementSize(s.text) })),
    ...ordered.map((i) => ({ id: i.id, width: JUNCTION_SIZE, height: JUNCTION_SIZE })),
  ];
  // Edges run from conclusion down to premise, so that ELK's DOWN direction puts the conclusion above.
  const edges = ordered.flatMap((inf) => [
    { id: `${inf.id}>${inf.target}`, sources: [inf.target], targets: [inf.id] },
    ...inf.premises.map((p) => ({ id: `${p}>${inf.id}`, sources: [inf.id], targets: [p] })),
  ]);
  const graph = await elk.layout({
    id: "map",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "DOWN",
      "elk.edgeRouting": "POLYLINE",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      "elk.layered.crossingMinimization.forceNodeModelOrder": "false",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.layered.spacing.nodeNodeBetweenLayers": "36",
      "elk.spacing.nodeNode": "28",
      "elk.spacing.componentComponent": "60",
      "elk.separateConnectedComponents": "true",
    },
    children,
    edges,
  });
  const positions: Positions = {};
  for (const child of graph.children ?? []) {
    if (only && !only.has(child.id)) continue;
    if (!known.has(child.id)) continue;
    positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  }
  return only ? shiftSelection(map, positions) : positions;
}

/**
 * Laying out a selection keeps it where it was: the selection's new arrangement is moved so that its
 * top-left corner stays at the selection's old top-left corner.
 */
function shiftSelection(map: ArgumentMap, positions: Positions): Positions {
  const ids = Object.keys(positions);
  const old = ids.map((id) => map.layout[id]).filter((p): p is { x: number; y: number } => p !== undefined);
  if (old.length === 0) return positions;
  const minOld = { x: Math.min(...old.map((p) => p.x)), y: Math.min(...old.map((p) => p.y)) };
  const fresh = Object.values(positions);
  const minNew = { x: Math.min(...fresh.map((p) => p.x)), y: Math.min(...fresh.map((p) => p.y)) };
  return Object.fromEntries(
    ids.map((id) => {
      const p = positions[id] as { x: number; y: number };
      return [id, { x: p.x - minNew.x + minOld.x, y: p.y - minNew.y + minOld.y }];
    }),
  );
}
