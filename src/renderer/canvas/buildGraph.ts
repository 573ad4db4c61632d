import { type Edge, type EdgeMarker, MarkerType, type Node } from "@xyflow/react";
import {
  type ArgumentMap,
  type Inference,
  JUNCTION_SIZE,
  NODE_WIDTH,
  type Role,
  type Statement,
  statementSize,
  treeLinesOf,
} from "../../core";
import { junctionHandles, statementHandles, UNDERCUT_HANDLE } from "./presetSizes";

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

export { UNDERCUT_HANDLE } from "./presetSizes";

/**
 * React Flow nodes derived from the map, the single source of truth. A node object is reused while its
 * statement, role, position and selection are unchanged, so React Flow re-renders only the boxes that changed:
 * typing in one box renders that box, not the graph.
 */
export class NodeCache {
  private cache = new Map<string, FlowNode>();
  /**
   * The size React Flow measured for each box. A node object without `measured` counts as unmeasured: React
   * Flow hides it, measures it again and renders it a second time — on every keystroke and every drag step.
   */
  private measured = new Map<string, { width: number; height: number }>();
  private last: LastNodes | undefined;

  measure(id: string, size: { width: number; height: number }): void {
    this.measured.set(id, size);
  }

  nodes(
    map: ArgumentMap,
    roles: Map<string, Role>,
    selection: ReadonlySet<string>,
    overrides: Record<string, { x: number; y: number }>,
    /** While a neighbourhood is in focus: the ids shown; every other box is dimmed. */
    focused: ReadonlySet<string> | null = null,
    /**
     * Give every node its size and handles up front (the layout's estimate until React Flow has measured the box).
     * React Flow otherwise draws every node once to measure it, even those it then leaves out as out of view
     * (onlyRenderVisibleElements): on a large map that is thousands of boxes drawn and removed on opening.
     */
    presetSizes = false,
  ): FlowNode[] {
    const context: NodeContext = { map, roles, selection, overrides, focused, presetSizes };
    const last = this.last;
    if (last && sameBesidesOverrides(last.context, context)) return this.moved(last, context);
    const next = new Map<string, FlowNode>();
    const result: FlowNode[] = [];
    const index = new Map<string, number>();
    for (const statement of map.statements) {
      const node = this.statementNode(statement, context);
      next.set(statement.id, node);
      index.set(statement.id, result.push(node) - 1);
    }
    for (const inference of map.inferences) {
      const node = this.junctionNode(inference, context);
      next.set(inference.id, node);
      index.set(inference.id, result.push(node) - 1);
    }
    this.cache = next;
    this.last = { context, result, index };
    return result;
  }

  /**
   * A drag step changes the position of the dragged boxes only: the last list with those nodes rebuilt, instead
   * of a pass over thousands of statements on every pointer move.
   */
  private moved(last: LastNodes, context: NodeContext): FlowNode[] {
    const result = last.result.slice();
    for (const id of new Set([...Object.keys(last.context.overrides), ...Object.keys(context.overrides)])) {
      const at = last.index.get(id);
      const old = at === undefined ? undefined : result[at];
      if (at === undefined || !old) continue;
      const node =
        old.type === "statement" ? this.statementNode(old.data.statement, context) : this.junctionNode(old.data.inference, context);
      this.cache.set(id, node);
      result[at] = node;
    }
    this.last = { ...last, context, result };
    return result;
  }

  private statementNode(statement: Statement, { map, roles, selection, overrides, focused, presetSizes }: NodeContext): StatementFlowNode {
    const position = overrides[statement.id] ?? map.layout[statement.id] ?? { x: 0, y: 0 };
    const role = roles.get(statement.id) ?? "unconnected";
    const selected = selection.has(statement.id);
    const className = dimmedClass(focused, statement.id);
    const old = this.cache.get(statement.id) as StatementFlowNode | undefined;
    const size = presetSizes ? (this.measured.get(statement.id) ?? estimatedSize(statement)) : undefined;
    return old &&
      old.data.statement === statement &&
      sameSize(old.handles ? old.measured : undefined, size) &&
      old.data.role === role &&
      old.selected === selected &&
      old.className === className &&
      samePoint(old.position, position)
      ? old
      : {
          id: statement.id,
          type: "statement",
          position,
          data: { statement, role },
          selected,
          className,
          width: NODE_WIDTH,
          style: { width: NODE_WIDTH },
          // The layout's estimate of the height, until React Flow has measured the box: the overview map
          // draws only boxes with a known size.
          initialHeight: estimatedSize(statement).height,
          measured: size ?? this.measured.get(statement.id),
          ...(size ? { handles: statementHandles(size) } : {}),
        };
  }

  private junctionNode(inference: Inference, { map, selection, overrides, focused, presetSizes }: NodeContext): JunctionFlowNode {
    const position = overrides[inference.id] ?? map.layout[inference.id] ?? { x: 0, y: 0 };
    const selected = selection.has(inference.id);
    const className = dimmedClass(focused, inference.id);
    const old = this.cache.get(inference.id) as JunctionFlowNode | undefined;
    return old &&
      old.data.inference === inference &&
      Boolean(old.handles) === presetSizes &&
      old.selected === selected &&
      old.className === className &&
      samePoint(old.position, position)
      ? old
      : {
          id: inference.id,
          type: "junction",
          position,
          data: { inference },
          selected,
          className,
          width: JUNCTION_SIZE,
          height: JUNCTION_SIZE,
          measured: presetSizes ? JUNCTION_BOX : this.measured.get(inference.id),
          ...(presetSizes ? { handles: junctionHandles() } : {}),
        };
  }
}

interface NodeContext {
  map: ArgumentMap;
  roles: Map<string, Role>;
  selection: ReadonlySet<string>;
  overrides: Record<string, { x: number; y: number }>;
  focused: ReadonlySet<string> | null;
  presetSizes: boolean;
}

interface LastNodes {
  context: NodeContext;
  result: FlowNode[];
  /** Where each id is in `result`. */
  index: Map<string, number>;
}

function sameBesidesOverrides(a: NodeContext, b: NodeContext): boolean {
  return (
    a.map === b.map &&
    a.roles === b.roles &&
    a.selection === b.selection &&
    a.focused === b.focused &&
    a.presetSizes === b.presetSizes &&
    a.overrides !== b.overrides
  );
}

function dimmedClass(focused: ReadonlySet<string> | null, ...ids: string[]): string | undefined {
  return focused && !ids.every((id) => focused.has(id)) ? "is-dimmed" : undefined;
}

/** The layout's estimate per statement: measuring the wording costs too much to repeat on every drag step. */
const estimates = new WeakMap<Statement, { width: number; height: number }>();

function estimatedSize(statement: Statement): { width: number; height: number } {
  let size = estimates.get(statement);
  if (!size) {
    size = { width: NODE_WIDTH, height: statementSize(statement.text, statement.central).height };
    estimates.set(statement, size);
  }
  return size;
}

const JUNCTION_BOX = { width: JUNCTION_SIZE, height: JUNCTION_SIZE };

function sameSize(a: { width?: number; height?: number } | undefined, b: { width: number; height: number } | undefined): boolean {
  return a?.width === b?.width && a?.height === b?.height;
}

function samePoint(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a.x === b.x && a.y === b.y;
}

/**
 * The arrowhead's colour per kind of connection. React Flow draws one shared <marker> per colour outside the
 * edges, where the edge's CSS class cannot reach it, so the colour goes into the marker itself; a CSS variable
 * works there (the marker sits inside the app's document) and follows the theme without a re-render.
 */
const ARROW_COLOUR = { support: "var(--premise)", attack: "var(--counterclaim)" } as const;

/** The arrowhead at the end of an inference's arrow, in the colour of its kind. */
export function arrowhead(kind: Inference["kind"]): EdgeMarker {
  return { type: MarkerType.ArrowClosed, width: 18, height: 18, color: ARROW_COLOUR[kind] };
}

/**
 * A line outside the layout's tree (the extra line of a statement that is a premise of several inferences) crosses
 * the map and may pass over boxes. React Flow draws edges below nodes, so such a line goes above the boxes instead:
 * a z-index above an unselected node's 0. A selected box is raised to 1000 and still covers it while selected.
 */
export const ABOVE_BOXES = 1;

/**
 * Premise → junction (no arrow) and junction → conclusion (arrow). An undercut ends on the side of the junction it
 * attacks, apart from the premises that arrive at its bottom, so the two read differently. Lines outside the
 * layout's tree are drawn above the boxes, lighter ("edge-across"), and let clicks through to the boxes below.
 */
export function edgesOf(map: ArgumentMap, selection: ReadonlySet<string>, focused: ReadonlySet<string> | null = null): Edge[] {
  const edges: Edge[] = [];
  const inferenceIds = new Set(map.inferences.map((i) => i.id));
  const tree = new Set(treeLinesOf(map).map((l) => `${l.from}>${l.to}`));
  const across = (from: string, to: string): Partial<Edge> =>
    tree.has(`${from}>${to}`) ? {} : { zIndex: ABOVE_BOXES, interactionWidth: 0, focusable: false };
  for (const inf of map.inferences) {
    const selected = selection.has(inf.id);
    const base = `edge-${inf.kind}${selected ? " is-selected" : ""}`;
    const classOf = (from: string, to: string) =>
      [base, tree.has(`${from}>${to}`) ? undefined : "edge-across", dimmedClass(focused, from, to)].filter(Boolean).join(" ");
    for (const premise of inf.premises) {
      edges.push({
        id: `${inf.id}:from:${premise}`,
        source: premise,
        target: inf.id,
        className: classOf(premise, inf.id),
        selectable: true,
        ...across(premise, inf.id),
        data: { inference: inf.id },
      });
    }
    edges.push({
      id: `${inf.id}:to`,
      source: inf.id,
      target: inf.target,
      ...(inferenceIds.has(inf.target) ? { targetHandle: UNDERCUT_HANDLE } : {}),
      className: classOf(inf.id, inf.target),
      markerEnd: arrowhead(inf.kind),
      selectable: true,
      ...across(inf.id, inf.target),
      data: { inference: inf.id },
    });
  }
  return edges;
}
