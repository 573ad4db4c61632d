import { describe, expect, it } from "vitest";
import { sampleMapRead } from "../editor/testing";
import { edgesOf, UNDERCUT_HANDLE } from "./buildGraph";

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
