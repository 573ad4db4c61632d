import "@xyflow/react/dist/style.css";
import { type Edge, type Node, ReactFlow, useEdgesState, useNodesState } from "@xyflow/react";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import type { ArgumentMap } from "../../../src/core";
import { graphOf } from "./graph";
import { installLayoutRunner } from "./layoutRunner";

/**
 * The baseline page: bare React Flow drawing a map's pre-positioned graph, opened by a click like the app's
 * document list, in a canvas the size of the app's (?w=&h=), with the app's zoom limits and fitView options
 * (src/renderer/canvas/MapCanvas.tsx) and its onlyRenderVisibleElements setting (?visible=1).
 */
const params = new URLSearchParams(location.search);
const mapUrl = params.get("map") ?? "";
const size = { width: Number(params.get("w") ?? 800), height: Number(params.get("h") ?? 600) };
const onlyVisible = params.get("visible") === "1";

function Bare() {
  const [graph, setGraph] = useState<{ nodes: Node[]; edges: Edge[] } | null>(null);
  if (!graph) {
    const open = async () => setGraph(graphOf((await (await fetch(mapUrl)).json()) as ArgumentMap));
    return (
      <button type="button" onClick={() => void open()}>
        Open
      </button>
    );
  }
  return <Flow initialNodes={graph.nodes} initialEdges={graph.edges} />;
}

function Flow({ initialNodes, initialEdges }: { initialNodes: Node[]; initialEdges: Edge[] }) {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <div style={size}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        minZoom={0.05}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.1, maxZoom: 1 }}
        onlyRenderVisibleElements={onlyVisible}
      />
    </div>
  );
}

installLayoutRunner();
createRoot(document.getElementById("root") as HTMLElement).render(<Bare />);
