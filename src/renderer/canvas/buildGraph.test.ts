import { describe, expect, it } from "vitest";
import { analyseRoles, treeLinesOf } from "../../core";
import { sampleMapRead } from "../editor/testing";
import { ABOVE_BOXES, edgesOf, type FlowNode, NodeCache, UNDERCUT_HANDLE } from "./buildGraph";

/** The bundled commentary on Trump and Putin: i5 (s6) undercuts i4, the objection of s4 to the central claim s1. */
const map = sampleMapRead();
const edges = edgesOf(map, new Set());
const edge = (id: string) => edges.find((e) => e.id === id);

describe("the edges of the map", () => {
  it("an undercut's arrow ends at the side handle of the junction it attacks, apart from that junction's premises", () => {
    expect(edge("i5:to")).toMatchObject({ source: "i5", target: "i4", targetHandle: UNDERCUT_HANDLE });
    expect(edge("i4:from:s4")).toMatchObject({ source: "s4", target: "i4" });
    expect(edge("i4:from:s4")?.targetHandle).toBeUndefined();
  });

  it("an arrow that ends on a statement uses the statement's own handle", () => {
    expect(edge("i4:to")?.targetHandle).toBeUndefined();
    expect(edge("i10:to")?.targetHandle).toBeUndefined();
  });

  it("arrowheads carry the colour of their kind from the theme: green for a support, red for an attack", () => {
    expect(edge("i10:to")?.markerEnd).toMatchObject({ color: "var(--premise)" });
    expect(edge("i4:to")?.markerEnd).toMatchObject({ color: "var(--counterclaim)" });
    expect(edge("i5:to")?.markerEnd).toMatchObject({ color: "var(--counterclaim)" });
  });
});

describe("lines outside the layout's tree", () => {
  const tree = new Set(treeLinesOf(map).map((l) => `${l.from}>${l.to}`));
  const inTree = (e: (typeof edges)[number]) => tree.has(`${e.source}>${e.target}`);

  it("are drawn above the boxes, lighter, and take no clicks, so a shared premise's extra line is never hidden", () => {
    const across = edges.filter((e) => !inTree(e));
    // The sample uses a statement as premise of two inferences; the layout hangs it under one of them.
    expect(across.length).toBeGreaterThan(0);
    for (const e of across) {
      expect(e, e.id).toMatchObject({ zIndex: ABOVE_BOXES, interactionWidth: 0, focusable: false });
      expect(e.className, e.id).toContain("edge-across");
    }
  });

  it("leave the tree's own lines below the boxes, where the layout keeps them clear of every box", () => {
    const own = edges.filter(inTree);
    expect(own).toHaveLength(tree.size);
    for (const e of own) {
      expect(e.zIndex, e.id).toBeUndefined();
      expect(e.className, e.id).not.toContain("edge-across");
    }
  });
});

describe("the nodes of the map", () => {
  const roles = analyseRoles(map).roles;

  it("every box has a size before React Flow measures it, so the overview map draws statements, not only junctions", () => {
    const nodes = new NodeCache().nodes(map, roles, new Set(), {});
    expect(nodes.length).toBe(map.statements.length + map.inferences.length);
    for (const node of nodes) expect(nodeHasSize(node), node.id).toBe(true);
  });

  it("a measured size travels with a rebuilt box, so editing one box does not make React Flow measure it again", () => {
    const cache = new NodeCache();
    cache.nodes(map, roles, new Set(), {});
    cache.measure("s2", { width: 240, height: 97 });
    const reselected = cache.nodes(map, roles, new Set(["s2"]), {});
    expect(reselected.find((n) => n.id === "s2")?.measured).toEqual({ width: 240, height: 97 });
  });

  it("an unchanged box keeps its node object, so React Flow does not render it again", () => {
    const cache = new NodeCache();
    const first = cache.nodes(map, roles, new Set(), {});
    const second = cache.nodes(map, roles, new Set(["s2"]), {});
    expect(second.find((n) => n.id === "s3")).toBe(first.find((n) => n.id === "s3"));
    expect(second.find((n) => n.id === "s2")).not.toBe(first.find((n) => n.id === "s2"));
  });
});

describe("the nodes while a box is dragged", () => {
  const roles = analyseRoles(map).roles;
  const selection = new Set<string>();

  it("move the dragged box only, every other node object kept, and put it back where the map says once the drag ends", () => {
    const cache = new NodeCache();
    const before = cache.nodes(map, roles, selection, {});
    const step1 = cache.nodes(map, roles, selection, { s2: { x: 11, y: 22 } });
    const step2 = cache.nodes(map, roles, selection, { s2: { x: 14, y: 24 } });
    expect(step2.find((n) => n.id === "s2")?.position).toEqual({ x: 14, y: 24 });
    expect(step1.find((n) => n.id === "s2")?.position).toEqual({ x: 11, y: 22 });
    for (const [i, node] of step2.entries()) if (node.id !== "s2") expect(node, node.id).toBe(before[i]);
    const ended = cache.nodes(map, roles, selection, {});
    expect(ended.find((n) => n.id === "s2")?.position).toEqual(map.layout.s2);
    expect(ended.map((n) => n.id)).toEqual(before.map((n) => n.id));
  });

  it("rebuild every node when anything else changes during the drag", () => {
    const cache = new NodeCache();
    cache.nodes(map, roles, selection, { s2: { x: 1, y: 1 } });
    const selected = cache.nodes(map, roles, new Set(["s3"]), { s2: { x: 2, y: 2 } });
    expect(selected.find((n) => n.id === "s3")?.selected).toBe(true);
    expect(selected.find((n) => n.id === "s2")?.position).toEqual({ x: 2, y: 2 });
  });
});

describe("a large map's nodes (presetSizes)", () => {
  const roles = analyseRoles(map).roles;
  const handleEnd = (node: FlowNode | undefined, type: "source" | "target", id?: string) => {
    const handle = node?.handles?.find((h) => h.type === type && (id === undefined || h.id === id));
    return handle && { x: handle.x + (handle.width ?? 0) / 2, y: handle.y, height: handle.height ?? 0 };
  };

  it("come measured, with their handles, so React Flow draws only the boxes in view and lines still reach the others", () => {
    const nodes = new NodeCache().nodes(map, roles, new Set(), {}, null, true);
    const box = nodes.find((n) => n.id === "s2");
    const height = box?.measured?.height ?? 0;
    expect(box?.measured?.width).toBe(240);
    expect(height).toBeGreaterThan(0);
    // Lines leave a box at the middle of its top edge and arrive at the middle of its bottom edge.
    expect(handleEnd(box, "source")).toMatchObject({ x: 120, y: -5 });
    expect(handleEnd(box, "target")).toMatchObject({ x: 120, y: height - 5 });
    const junction = nodes.find((n) => n.type === "junction");
    expect(junction?.measured).toEqual({ width: 18, height: 18 });
    // A premise's line names no handle: React Flow takes the first target handle, the junction's bottom one.
    expect(junction?.handles?.find((h) => h.type === "target")?.position).toBe("bottom");
    expect(junction?.handles?.find((h) => h.id === UNDERCUT_HANDLE)?.position).toBe("right");
  });

  it("take the size React Flow measured once it has drawn a box, handles included", () => {
    const cache = new NodeCache();
    const first = cache.nodes(map, roles, new Set(), {}, null, true);
    cache.measure("s2", { width: 240, height: 131 });
    const again = cache.nodes(map, roles, new Set(), {}, null, true);
    const box = again.find((n) => n.id === "s2");
    expect(box).not.toBe(first.find((n) => n.id === "s2"));
    expect(box?.measured).toEqual({ width: 240, height: 131 });
    expect(handleEnd(box, "target")?.y).toBe(126);
    expect(again.find((n) => n.id === "s3")).toBe(first.find((n) => n.id === "s3"));
  });

  it("are left to React Flow to measure on a small map", () => {
    const nodes = new NodeCache().nodes(map, roles, new Set(), {});
    for (const node of nodes) expect(node.handles, node.id).toBeUndefined();
  });
});

function nodeHasSize(node: FlowNode): boolean {
  const width = node.measured?.width ?? node.width ?? node.initialWidth;
  const height = node.measured?.height ?? node.height ?? node.initialHeight;
  return width !== undefined && height !== undefined;
}
