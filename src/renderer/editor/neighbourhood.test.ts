import { describe, expect, it } from "vitest";
import { type ArgumentMap, emptyMap } from "../../core";
import { neighbourhoodOf } from "./neighbourhood";

/** thesis s1 ← i1 (s2 supports) ← i3 (s5 undercuts i1); s1 ← i2 (s3 attacks); s3 ← i4 (s4 rebuts); s6 supports s2 via i5. */
function sample(): ArgumentMap {
  const map = emptyMap("sample", { file: "sample.txt" });
  const statement = (id: string) => ({ id, text: id, anchors: [] });
  return {
    ...map,
    statements: ["s1", "s2", "s3", "s4", "s5", "s6"].map(statement),
    inferences: [
      { id: "i1", kind: "support", premises: ["s2"], target: "s1" },
      { id: "i2", kind: "attack", premises: ["s3"], target: "s1" },
      { id: "i3", kind: "attack", premises: ["s5"], target: "i1" },
      { id: "i4", kind: "attack", premises: ["s4"], target: "s3" },
      { id: "i5", kind: "support", premises: ["s6"], target: "s2" },
    ],
  };
}

describe("the neighbourhood of a statement", () => {
  it("holds its reasons, its attackers and the undercuts of those links, not what lies two steps away", () => {
    expect(new Set(neighbourhoodOf(sample(), "s1"))).toEqual(new Set(["s1", "i1", "s2", "i2", "s3", "i3", "s5"]));
  });

  it("holds the conclusion a premise argues for and the premise's own reasons", () => {
    expect(new Set(neighbourhoodOf(sample(), "s2"))).toEqual(new Set(["s2", "i1", "s1", "i3", "s5", "i5", "s6"]));
  });

  it("of an inference holds its premises, its target and its undercutters", () => {
    expect(new Set(neighbourhoodOf(sample(), "i1"))).toEqual(new Set(["i1", "s2", "s1", "i3", "s5"]));
  });

  it("of an unconnected statement is the statement alone", () => {
    const map = { ...sample(), statements: [...sample().statements, { id: "s7", text: "alone", anchors: [] }] };
    expect(neighbourhoodOf(map, "s7")).toEqual(["s7"]);
  });
});
