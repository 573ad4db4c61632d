import { Background, Controls, type NodeTypes, ReactFlow, type ReactFlowInstance } from "@xyflow/react";
import { memo, type RefObject, useEffect, useMemo, useRef } from "react";
import { analyseRoles, type CrossLink, statementSize } from "../../core";
import { edgesOf, type FlowNode, NodeCache } from "../canvas/buildGraph";
import { JunctionNode } from "../canvas/JunctionNode";
import { type LoadedMap, useCross } from "../crossAuthor";
import { useT } from "../i18n";
import { useApp } from "../store/appStore";
import { CompareStatementNode } from "./CompareStatementNode";
import { ColumnContext } from "./columnContext";
import { finishLink, selectStatement, useCompare } from "./compareStore";
import { requestMeasure } from "./measure";
import { selectedIn } from "./selection";
import { TextPane } from "./TextPane";

const nodeTypes: NodeTypes = { statement: CompareStatementNode, junction: JunctionNode };
const NO_EDGES_SELECTED = new Set<string>();
const FOCUS_ZOOM = 0.8;

interface Props {
  loaded: LoadedMap;
  label: string;
  /** The links this map shares with the other columns: the first view fits their statements. */
  links: CrossLink[];
  /** The side of the boxes that faces the other columns. */
  side: "left" | "right";
  /** The ids of the other columns' maps: when they change, the view fits the statements linked to them. */
  shownWith: string;
}

/** One op-ed in the compare view: its map on a read-only canvas, and its source text at hand. */
export const MapColumn = memo(function MapColumn({ loaded, label, links, side, shownWith }: Props) {
  const t = useT();
  const { map } = loaded;
  const theme = useApp((s) => s.theme);
  const textOpen = useCompare((s) => Boolean(s.textOpen[map.id]));
  const selected = useSelectedHere(map.id);
  const cache = useRef(new NodeCache());
  const flow = useRef<ReactFlowInstance<FlowNode> | null>(null);
  const roles = useMemo(() => analyseRoles(map).roles, [map]);
  const nodes = useMemo(() => cache.current.nodes(map, roles, selected, {}), [map, roles, selected]);
  const edges = useMemo(() => edgesOf(map, NO_EDGES_SELECTED), [map]);
  const linkedHere = useMemo(() => linkedStatements(links, map.id), [links, map.id]);
  // The view shows the statements that carry links to the other columns, which is what the user came to
  // compare; when another op-ed is added or removed, those change, and so does the view. A new link does not
  // move the view under the user's hand.
  const fitOptions = useMemo(() => fitTo(linkedHere), [shownWith]);
  const firstFit = useRef(true);
  useEffect(() => {
    if (firstFit.current) {
      firstFit.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      void flow.current?.fitView({ ...fitOptions, duration: 250 });
      requestMeasure(400);
    });
    return () => cancelAnimationFrame(frame);
  }, [fitOptions]);
  const context = useMemo(() => ({ map: map.id, side }), [map.id, side]);
  useFocusOnSelectedLink(map.id, flow);

  return (
    <section className="compare-column" aria-label={t("compare_mapOf", { map: label })}>
      <header className="compare-column-header">
        <h2 title={map.source.title ?? label}>{label}</h2>
        <button
          type="button"
          className="small"
          aria-expanded={textOpen}
          onClick={() => {
            useCompare.setState((s) => ({ textOpen: { ...s.textOpen, [map.id]: !textOpen } }));
            requestMeasure(100);
          }}
        >
          {t("compare_showText")}
        </button>
      </header>
      <div className="compare-flow" data-compare-flow={map.id}>
        <ColumnContext.Provider value={context}>
          <ReactFlow<FlowNode>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            onNodeClick={(_, node) => {
              if (node.type !== "statement") return;
              const ref = { map: map.id, statement: node.id };
              const start = useCompare.getState().linkStart;
              if (start && start.map !== map.id) finishLink(start, ref);
              else selectStatement(ref);
            }}
            onPaneClick={() => useCompare.setState({ selectedStatement: null, selectedLink: null, linkStart: null })}
            onMove={() => requestMeasure()}
            onInit={(instance) => {
              flow.current = instance;
              requestMeasure(400);
            }}
            colorMode={theme}
            deleteKeyCode={null}
            minZoom={0.05}
            maxZoom={2}
            fitView
            fitViewOptions={fitOptions}
            proOptions={{ hideAttribution: true }}
          >
            <Background gap={24} />
            <Controls showInteractive={false} />
          </ReactFlow>
        </ColumnContext.Provider>
      </div>
      {textOpen && <TextPane loaded={loaded} label={label} />}
    </section>
  );
});

function fitTo(statements: string[]) {
  return { padding: 0.12, maxZoom: 0.9, nodes: statements.length > 0 ? statements.map((id) => ({ id })) : undefined };
}

function linkedStatements(links: CrossLink[], mapId: string): string[] {
  const ids = new Set<string>();
  for (const l of links) {
    if (l.from.map === mapId) ids.add(l.from.statement);
    if (l.to.map === mapId) ids.add(l.to.statement);
  }
  return [...ids];
}

/** The statements of this map to show as selected: the selected statement, or the ends of the selected link. */
function useSelectedHere(mapId: string): ReadonlySet<string> {
  const links = useCrossLinks();
  const key = useCompare((s) => selectedIn(s, links, mapId).join(" "));
  return useMemo(() => new Set(key.split(" ").filter(Boolean)), [key]);
}

const NO_LINKS: CrossLink[] = [];

function useCrossLinks(): CrossLink[] {
  return useCross((s) => s.history?.present.links) ?? NO_LINKS;
}

/** Centre the selected link's end in this column when the user picks the link. */
function useFocusOnSelectedLink(mapId: string, flow: RefObject<ReactFlowInstance<FlowNode> | null>): void {
  const serial = useCompare((s) => s.focusSerial);
  const links = useCrossLinks();
  useEffect(() => {
    const id = useCompare.getState().selectedLink;
    const link = links.find((l) => l.id === id);
    const end = link ? [link.from, link.to].find((r) => r.map === mapId) : undefined;
    const instance = flow.current;
    const node = end ? instance?.getNode(end.statement) : undefined;
    if (!instance || !node || node.type !== "statement") return;
    const size = statementSize(node.data.statement.text);
    const width = node.measured?.width ?? size.width;
    const height = node.measured?.height ?? size.height;
    void instance.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
      zoom: Math.max(instance.getZoom(), FOCUS_ZOOM),
      duration: 300,
    });
    requestMeasure(450);
  }, [serial]);
}
