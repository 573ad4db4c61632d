import type { Edge, Node } from "@xyflow/react";
import { type ArgumentMap, type Inference, JUNCTION_SIZE, NODE_WIDTH, type Role, type Statement } from "../../core";

export interface StatementNodeData extends Record<string, unknown> {
  statement: Statement;
  role: Role;
}

export interface JunctionNodeData extends Record<string, unknown> {
  inference: Inference;
}

export type StatementFlowNode = Node<StatementNodeData, "statement">;
export type JunctionFlowNode = Node<JunctionNodeData, "junction">;
export type FlowNode = StatementFlowNode | JunctionFlowNode;

/**
 * React Flow nodes derived from the map, the single source of truth. A node object is reused while its
 * statement, role, position and selection are unchanged, so React Flow re-renders only the boxes that changed:
 * typing in one box renders that box, not the graph.
 */
export class NodeCache {
  private cache = new Map<string, FlowNode>();

  nodes(
    map: ArgumentMap,
    roles: Map<string, Role>,
    selection: ReadonlySet<string>,
    overrides: Record<string, { x: number; y: number }>,
  ): FlowNode[] {
    const next = new Map<string, FlowNode>();
    const result: FlowNode[] = [];
    for (const statement of map.statements) {
      const position = overrides[statement.id] ?? map.layout[statement.id] ?? { x: 0, y: 0 };
      const role = roles.get(statement.id) ?? "unconnected";
      const selected = selection.has(statement.id);
      const old = this.cache.get(statement.id) as StatementFlowNode | undefined;
      const node: StatementFlowNode =
        old && old.data.statement === statement && old.data.role === role && old.selected === selected && samePoint(old.position, position)
          ? old
          : {
              id: statement.id,
              type: "statement",
              position,
              data: { statement, role },
              selected,
              width: NODE_WIDTH,
              style: { width: NODE_WIDTH },
            };
      next.set(statement.id, node);
      result.push(node);
    }
    for (const inference of map.inferences) {
      const position = overrides[inference.id] ?? map.layout[inference.id] ?? { x: 0, y: 0 };
      const selected = selection.has(inference.id);
      const old = this.cache.get(inference.id) as JunctionFlowNode | undefined;
      const node: JunctionFlowNode =
        old && old.data.inference === inference && old.selected === selected && samePoint(old.position, position)
          ? old
          : { id: inference.id, type: "junction", position, data: { inference }, selected, width: JUNCTION_SIZE, height: JUNCTION_SIZE };
      next.set(inference.id, node);
      result.push(node);
    }
    this.cache = next;
    return result;
  }
}

function samePoint(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a.x === b.x && a.y === b.y;
}

/** Premise → junction (no arrow) and junction → conclusion (arrow); an undercut ends on the junction it attacks. */
export function edgesOf(map: ArgumentMap, selection: ReadonlySet<string>): Edge[] {
  const edges: Edge[] = [];
  for (const inf of map.inferences) {
    const selected = selection.has(inf.id);
    const className = `edge-${inf.kind}${selected ? " is-selected" : ""}`;
    for (const premise of inf.premises) {
      edges.push({
        id: `${inf.id}:from:${premise}`,
        source: premise,
        target: inf.id,
        className,
        selectable: true,
        data: { inference: inf.id },
      });
    }
    edges.push({
      id: `${inf.id}:to`,
      source: inf.id,
      target: inf.target,
      className,
      markerEnd: { type: "arrowclosed" as never, width: 18, height: 18 },
      selectable: true,
      data: { inference: inf.id },
    });
  }
  return edges;
}
