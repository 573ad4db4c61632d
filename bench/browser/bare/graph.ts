import type { Edge, Node } from "@xyflow/react";
import type { ArgumentMap } from "../../../src/core";

/** Sizes as the app draws them (core's NODE_WIDTH and JUNCTION_SIZE), written out so the page needs no app code. */
const NODE_WIDTH = 240;
const JUNCTION_SIZE = 18;

/**
 * The same pre-positioned graph the app shows for a map — a box per statement, a junction per inference, the
 * same edges with the same ids — as React Flow's default nodes: no roles, no store, no app.
 */
export function graphOf(map: ArgumentMap): { nodes: Node[]; edges: Edge[] } {
  const at = (id: string) => map.layout[id] ?? { x: 0, y: 0 };
  const nodes: Node[] = [
    ...map.statements.map((s) => ({
      id: s.id,
      position: { x: at(s.id).x, y: at(s.id).y },
      data: { label: s.text },
      width: NODE_WIDTH,
      style: { width: NODE_WIDTH },
    })),
    ...map.inferences.map((i) => ({
      id: i.id,
      position: { x: at(i.id).x, y: at(i.id).y },
      data: { label: "" },
      width: JUNCTION_SIZE,
      height: JUNCTION_SIZE,
      style: { width: JUNCTION_SIZE, height: JUNCTION_SIZE, padding: 0 },
    })),
  ];
  const edges: Edge[] = map.inferences.flatMap((i) => [
    ...i.premises.map((p) => ({ id: `${i.id}:from:${p}`, source: p, target: i.id })),
    { id: `${i.id}:to`, source: i.id, target: i.target, markerEnd: { type: "arrowclosed" as never, width: 18, height: 18 } },
  ]);
  return { nodes, edges };
}
