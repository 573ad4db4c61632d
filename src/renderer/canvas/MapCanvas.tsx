import {
  Background,
  type Connection,
  ControlButton,
  Controls,
  type EdgeMouseHandler,
  MiniMap,
  type NodeChange,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { addPremise, analyseRoles, connect, moveNodes } from "../../core";
import { FocusPanel, useFocusMembers } from "../editor/FocusView";
import { registerViewCentre } from "../editor/viewport";
import { useT } from "../i18n";
import { activeMap, useApp } from "../store/appStore";
import { applyEdit } from "../store/documentActions";
import { ariaLabelsIn } from "./ariaLabels";
import { edgesOf, type FlowNode, NodeCache } from "./buildGraph";
import { EdgeNamer } from "./edgeNames";
import { useHoverGuard } from "./hoverGuard";
import { JunctionNode } from "./JunctionNode";
import { Legend } from "./Legend";
import { useRevealArrivals } from "./revealArrivals";
import { StatementNode } from "./StatementNode";

/**
 * Above this many statements only the boxes in view are in the page: with thousands of boxes and edges in the
 * DOM, every pointer move costs the browser tens of milliseconds of hit testing. The boxes then come with their
 * size and handles, so that React Flow does not draw each one once to measure it (see NodeCache). Smaller maps
 * keep every box in the page, so search, focus and the tests find any box.
 */
const LARGE_MAP = 300;

const FIT = { padding: 0.1, maxZoom: 1 } as const;

const nodeTypes: NodeTypes = { statement: StatementNode, junction: JunctionNode };

/**
 * One canvas per document: another document opens fitted to the window, not in the last one's viewport, and the
 * measured sizes of one map's boxes never stand for another's boxes of the same id.
 */
export function MapCanvas() {
  const active = useApp((s) => s.active);
  return (
    <ReactFlowProvider key={active ?? ""}>
      <Canvas />
    </ReactFlowProvider>
  );
}

/**
 * The map on a React Flow canvas. React Flow's changes are turned into core commands — a finished drag is one
 * moveNodes step — so the map in the store stays the only copy; positions during a drag live here until it ends.
 */
function Canvas() {
  const t = useT();
  const map = useApp(activeMap);
  const selectionList = useApp((s) => s.selection);
  const connectKind = useApp((s) => s.connectKind);
  const theme = useApp((s) => s.theme);
  const fitRequest = useApp((s) => s.fitRequest);
  const focusRequest = useApp((s) => s.focusRequest);
  const [dragging, setDragging] = useState<Record<string, { x: number; y: number }>>({});
  // The overview redraws every box on each drag step and pan: on a large map that alone breaks the frame budget,
  // so there it starts hidden and the user shows it when wanted.
  const [overviewWanted, setOverviewWanted] = useState<boolean | null>(null);
  const overview = overviewWanted ?? (map?.statements.length ?? 0) <= LARGE_MAP;
  const cache = useRef(new NodeCache());
  const flow = useReactFlow<FlowNode>();
  const section = useRef<HTMLElement>(null);
  const selection = useMemo(() => new Set(selectionList), [selectionList]);
  const focused = useFocusMembers(map);
  const roles = useMemo(() => (map ? analyseRoles(map).roles : new Map()), [map?.statements, map?.inferences]);
  const large = (map?.statements.length ?? 0) > LARGE_MAP;
  const nodes = useMemo(
    () => (map ? cache.current.nodes(map, roles, selection, dragging, focused, large) : []),
    [map, roles, selection, dragging, focused, large],
  );
  // Which lines belong to the tree hangs on the central claim too; the whole statement list would rebuild the
  // edges on every keystroke.
  const central = map?.statements.find((s) => s.central)?.id;
  const edges = useMemo(() => (map ? edgesOf(map, selection, focused) : []), [map?.inferences, central, selection, focused]);
  // The lines' names quote the wording, so they follow the statements; only renamed lines are new objects.
  const namer = useRef(new EdgeNamer());
  const namedEdges = useMemo(() => (map ? namer.current.name(edges, map, t) : []), [edges, map?.statements, t]);
  const ariaLabelConfig = useMemo(() => ariaLabelsIn(t), [t]);
  useRevealArrivals(section);
  useHoverGuard();

  useEffect(() => {
    // Where a paste from another map lands: the middle of what the user sees.
    registerViewCentre(() => {
      const box = section.current?.getBoundingClientRect();
      if (!box) return undefined;
      return flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    });
    return () => registerViewCentre(undefined);
  }, []);

  useEffect(() => {
    if (fitRequest > 0) void flow.fitView({ ...FIT, duration: 300 });
  }, [fitRequest]);

  // React Flow fits the view once it has measured every box; a large map's boxes come measured (presetSizes), before
  // the pane has a size, so there the canvas fits the view itself once the pane can be zoomed.
  const paneReady = useStore((s) => s.width > 0 && s.height > 0 && s.panZoom !== null);
  const fittedLarge = useRef(false);
  useEffect(() => {
    if (!large || !paneReady || fittedLarge.current) return;
    fittedLarge.current = true;
    void flow.fitView(FIT);
  }, [large, paneReady]);

  useEffect(() => {
    if (!focusRequest || !map) return;
    const p = map.layout[focusRequest.id];
    if (p) void flow.setCenter(p.x + 120, p.y + 40, { zoom: Math.max(flow.getZoom(), 0.8), duration: 300 });
  }, [focusRequest]);

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const moving: Record<string, { x: number; y: number }> = {};
    const finished: Record<string, { x: number; y: number }> = {};
    let selectionChanged = false;
    const nextSelection = new Set(useApp.getState().selection);
    for (const change of changes) {
      if (change.type === "dimensions" && change.dimensions) cache.current.measure(change.id, change.dimensions);
      if (change.type === "position" && change.position) {
        if (change.dragging) moving[change.id] = change.position;
        else finished[change.id] = change.position;
      }
      if (change.type === "select") {
        selectionChanged = true;
        if (change.selected) nextSelection.add(change.id);
        else nextSelection.delete(change.id);
      }
    }
    if (Object.keys(moving).length > 0) setDragging((d) => ({ ...d, ...moving }));
    if (selectionChanged) useApp.setState({ selection: [...nextSelection] });
    if (Object.keys(finished).length > 0) {
      applyEdit("label_move", (m) => moveNodes(m, finished));
      setDragging({});
    }
  }, []);

  const onConnect = useCallback(
    (c: Connection) => {
      const current = activeMap(useApp.getState());
      if (!current || !c.source || !c.target) return;
      const intoInference = current.inferences.some((i) => i.id === c.target);
      if (intoInference && connectKind === "support") {
        applyEdit("label_add_premise", (m) => addPremise(m, c.target, c.source));
      } else {
        applyEdit("label_connect", (m) => connect(m, { kind: connectKind, premises: [c.source], target: c.target }));
      }
    },
    [connectKind],
  );

  const onEdgeClick: EdgeMouseHandler = useCallback((_, edge) => {
    const inference = (edge.data as { inference?: string } | undefined)?.inference;
    if (inference) useApp.setState({ selection: [inference] });
  }, []);

  if (!map) return null;
  return (
    // A box drawn or removed under the pointer never hears it leave; leaving the map ends any hover in it.
    <section ref={section} className="canvas" aria-label={t("map")} onMouseLeave={() => useApp.setState({ hovered: null })}>
      <Legend />
      <div className="canvas-flow">
        <ReactFlow<FlowNode>
          nodes={nodes}
          edges={namedEdges}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onConnect={onConnect}
          onEdgeClick={onEdgeClick}
          onPaneClick={() => useApp.setState({ selection: [] })}
          colorMode={theme}
          deleteKeyCode={null}
          multiSelectionKeyCode={["Shift", "Meta", "Control"]}
          minZoom={0.05}
          maxZoom={2.5}
          fitView={!large}
          fitViewOptions={FIT}
          onlyRenderVisibleElements={large}
          proOptions={{ hideAttribution: false }}
          ariaLabelConfig={ariaLabelConfig}
        >
          <Background gap={24} />
          {overview && (
            <MiniMap
              pannable
              zoomable
              nodeClassName={(n) => (n.type === "statement" ? `minimap-${(n.data as { role: string }).role}` : "minimap-junction")}
            />
          )}
          <Controls>
            <ControlButton
              onClick={() => setOverviewWanted(!overview)}
              title={t("overviewMap")}
              aria-label={t("overviewMap")}
              aria-pressed={overview}
            >
              ▣
            </ControlButton>
          </Controls>
          {focused && <FocusPanel map={map} />}
        </ReactFlow>
      </div>
    </section>
  );
}
