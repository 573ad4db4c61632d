import { describe, expect, it } from "vitest";
import type { ArgumentMap, Inference } from "../model/map";
import { argumentForest, type TreeNode } from "./argumentTree";

function mapOf(statements: string[], inferences: Inference[], central = "s1"): ArgumentMap {
  return {
    format: "argumap",
    version: 1,
    id: "t",
    source: { file: "t.txt" },
    statements: statements.map((id) => ({ id, text: id, anchors: [], ...(id === central ? { central: true } : {}) })),
    inferences,
    layout: {},
  };
}

const childrenOf = (forest: { order: TreeNode[] }, id: string) => forest.order.find((n) => n.id === id)?.children.map((c) => c.id);

describe("the tree of a map", () => {
  it("hangs junctions under their conclusion, supports before attacks, and premises and undercuts under their junction", () => {
    const forest = argumentForest(
      mapOf(
        ["s1", "s2", "s3", "s4", "s5"],
        [
          { id: "i1", kind: "attack", premises: ["s2"], target: "s1" },
          { id: "i2", kind: "support", premises: ["s3", "s4"], target: "s1" },
          { id: "i3", kind: "attack", premises: ["s5"], target: "i2" },
        ],
      ),
    );
    expect(forest.roots.map((r) => r.id)).toEqual(["s1"]);
    expect(childrenOf(forest, "s1")).toEqual(["i2", "i1"]);
    expect(childrenOf(forest, "i2")).toEqual(["s3", "s4", "i3"]);
    expect(forest.order.find((n) => n.id === "i3")?.relation).toBe("undercut");
  });

  it("hangs a shared premise under the deepest single-premise inference it serves", () => {
    const forest = argumentForest(
      mapOf(
        ["s1", "s2", "s3", "s4"],
        [
          { id: "i1", kind: "support", premises: ["s2"], target: "s1" },
          { id: "i2", kind: "support", premises: ["s3"], target: "s2" },
          { id: "i3", kind: "support", premises: ["s4", "s3"], target: "s1" },
          { id: "i4", kind: "support", premises: ["s3"], target: "s1" },
        ],
      ),
    );
    expect(childrenOf(forest, "i2")).toEqual(["s3"]);
    expect(childrenOf(forest, "i3")).toEqual(["s4"]);
    expect(childrenOf(forest, "i4")).toEqual([]);
    expect(forest.order.find((n) => n.id === "s3")?.shared).toBe(true);
    expect(forest.above.get("s3")?.sort()).toEqual(["i2", "i3", "i4"]);
  });

  it("keeps the central claim a root when the map uses it as a premise, and breaks cycles", () => {
    const forest = argumentForest(
      mapOf(
        ["s1", "s2", "s3"],
        [
          { id: "i1", kind: "support", premises: ["s2"], target: "s1" },
          { id: "i2", kind: "support", premises: ["s1"], target: "s3" },
          { id: "i3", kind: "support", premises: ["s1"], target: "s2" },
        ],
      ),
    );
    expect(forest.roots.map((r) => r.id)).toEqual(["s1", "s3"]);
    const position = new Map(forest.order.map((n, k) => [n.id, k]));
    for (const [id, users] of forest.above) for (const u of users) expect(position.get(u)).toBeLessThan(position.get(id) ?? -1);
  });

  it("with members, leaves out the rest of the map", () => {
    const map = mapOf(
      ["s1", "s2", "s3"],
      [
        { id: "i1", kind: "support", premises: ["s2"], target: "s1" },
        { id: "i2", kind: "support", premises: ["s3"], target: "s2" },
      ],
    );
    const forest = argumentForest(map, new Set(["s2", "s3", "i2"]));
    expect(forest.order.map((n) => n.id).sort()).toEqual(["i2", "s2", "s3"]);
    expect(forest.roots.map((r) => r.id)).toEqual(["s2"]);
  });
});
