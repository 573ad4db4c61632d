import {
  type Edge,
  getViewportForBounds,
  Handle,
  type Node,
  type NodeProps,
  type NodeTypes,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
} from "@xyflow/react";
import { memo, useEffect, useMemo, useRef } from "react";
import { type ArgumentMap, type Inference, JUNCTION_SIZE, NODE_WIDTH, type Role, type Statement } from "../../core";
import { arrowhead } from "../canvas/buildGraph";
import { useT } from "../i18n";
import type { Theme } from "../store/appStore";

type StatementData = { statement: Statement; role: Role };
type JunctionData = { inference: Inference };
type PresentNode = Node<StatementData, "statement"> | Node<JunctionData, "junction">;

export interface PresentGraphProps {
  map: ArgumentMap;
  roles: Map<string, Role>;
  shown: ReadonlySet<string>;
  fresh: ReadonlySet<string>;
  /** What the camera frames at this step: `near` always, `context` too when the type stays large enough. */
  camera: { near: readonly string[]; context: readonly string[] };
  theme: Theme;
}

/**
 * The map on a read-only React Flow canvas, drawn like the editor's boxes (same classes, so the same colours in
 * light and dark) at the positions of the map. Every box is rendered from the start and hidden until its step,
 * so nothing moves as the argument grows, and the camera glides to each step.
 */
export function PresentGraph(props: PresentGraphProps) {
  return (
    <ReactFlowProvider>
      <Graph {...props} />
    </ReactFlowProvider>
  );
}

/** Large type for a room: a box's 13 px wording at up to 1.8 times. */
const MAX_ZOOM = 1.8;
/** Below this the claim an argument is for stays out of the frame (the caption names it) rather than shrink the words. */
const MIN_READABLE_ZOOM = 1;

const nodeTypes: NodeTypes = { statement: memo(StatementBox), junction: memo(JunctionDot) };

function Graph({ map, roles, shown, fresh, camera, theme }: PresentGraphProps) {
  const flow = useReactFlow<PresentNode>();
  // Measured by React Flow itself: useNodesInitialized waits for sizes a controlled flow never hands back.
  const measured = useStore((s) => s.nodeLookup.size > 0 && [...s.nodeLookup.values()].every((n) => n.measured.width && n.measured.height));
  const nodes = useMemo(() => nodesOf(map, roles, shown, fresh), [map, roles, shown, fresh]);
  const edges = useMemo(() => edgesOf(map, shown, fresh), [map, shown, fresh]);
  const near = camera.near.join(" ");
  const context = camera.context.join(" ");
  const stage = useRef<HTMLDivElement>(null);

  // The viewport is set directly: a controlled flow without onNodesChange would hold a fitView until its next
  // change of nodes, one step late.
  useEffect(() => {
    const box = stage.current;
    if (!measured || near === "" || !box) return;
    const frame = (ids: string) => {
      const bounds = flow.getNodesBounds(ids.split(" "));
      return getViewportForBounds(bounds, box.clientWidth, box.clientHeight, 0.05, MAX_ZOOM, 0.12);
    };
    const wide = frame(`${near} ${context}`.trim());
    const view = wide.zoom >= MIN_READABLE_ZOOM ? wide : frame(near);
    const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    void flow.setViewport(view, { duration: reduced ? 0 : 450 });
  }, [flow, measured, near, context]);

  return (
    <ReactFlow<PresentNode>
      ref={stage}
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      colorMode={theme}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      disableKeyboardA11y
      minZoom={0.05}
      maxZoom={2.5}
      proOptions={{ hideAttribution: true }}
    />
  );
}

function nodesOf(map: ArgumentMap, roles: Map<string, Role>, shown: ReadonlySet<string>, fresh: ReadonlySet<string>): PresentNode[] {
  const stateOf = (id: string) => (!shown.has(id) ? "is-unrevealed" : fresh.has(id) ? "is-fresh" : "");
  const statements = map.statements.map(
    (statement): PresentNode => ({
      id: statement.id,
      type: "statement",
      position: map.layout[statement.id] ?? { x: 0, y: 0 },
      data: { statement, role: roles.get(statement.id) ?? "unconnected" },
      className: stateOf(statement.id),
      width: NODE_WIDTH,
      style: { width: NODE_WIDTH },
    }),
  );
  const junctions = map.inferences.map(
    (inference): PresentNode => ({
      id: inference.id,
      type: "junction",
      position: map.layout[inference.id] ?? { x: 0, y: 0 },
      data: { inference },
      className: stateOf(inference.id),
      width: JUNCTION_SIZE,
      height: JUNCTION_SIZE,
    }),
  );
  return [...statements, ...junctions];
}

/** Premise → junction, junction → what it argues about (an arrow), as on the editing canvas. */
function edgesOf(map: ArgumentMap, shown: ReadonlySet<string>, fresh: ReadonlySet<string>): Edge[] {
  return map.inferences.flatMap((inf) => {
    const state = !shown.has(inf.id) ? " is-unrevealed" : fresh.has(inf.id) ? " is-fresh" : "";
    const className = `edge-${inf.kind}${state}`;
    const into: Edge[] = inf.premises.map((premise) => ({ id: `${inf.id}:from:${premise}`, source: premise, target: inf.id, className }));
    const out: Edge = {
      id: `${inf.id}:to`,
      source: inf.id,
      target: inf.target,
      className,
      markerEnd: arrowhead(inf.kind),
    };
    return [...into, out];
  });
}

function StatementBox({ data }: NodeProps<Node<StatementData, "statement">>) {
  const t = useT();
  const { statement, role } = data;
  const implicit = statement.anchors.length === 0;
  return (
    <article
      className={`statement role-${role}${implicit ? " is-implicit" : ""}`}
      data-statement={statement.id}
      aria-label={statement.text}
    >
      <Handle type="target" position={Position.Bottom} className="present-handle" isConnectable={false} />
      <header>
        <span className="role">{t(`role_${role}`)}</span>
        {implicit && <span className="implicit">{t("implicit")}</span>}
        {statement.speaker && <span className="speaker">{statement.speaker}</span>}
      </header>
      <p className="wording">{statement.text}</p>
      <Handle type="source" position={Position.Top} className="present-handle" isConnectable={false} />
    </article>
  );
}

function JunctionDot({ data }: NodeProps<Node<JunctionData, "junction">>) {
  const { inference } = data;
  return (
    <div className={`junction junction-${inference.kind}${inference.premises.length > 1 ? " is-linked" : ""}`} aria-hidden="true">
      <Handle type="target" position={Position.Bottom} className="present-handle" isConnectable={false} />
      {inference.kind === "attack" ? "−" : "+"}
      <Handle type="source" position={Position.Top} className="present-handle" isConnectable={false} />
    </div>
  );
}
