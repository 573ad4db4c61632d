import { describe, expect, it } from "vitest";
import { analyseRoles, anchorHolds, readMap, serializeMap, statementSize } from "../src/core";
import { generateDocument } from "./generate";

describe("generated maps", () => {
  const { map, text } = generateDocument(300);

  it("have exactly the requested number of statements and are valid maps after a save and a read", () => {
    expect(map.statements).toHaveLength(300);
    const read = readMap(serializeMap(map));
    expect(read.ok).toBe(true);
  });

  it("grow from one central claim: every other statement is the premise of exactly one inference", () => {
    expect(map.statements.filter((s) => s.central).map((s) => s.id)).toEqual(["s1"]);
    const premises = map.inferences.flatMap((i) => i.premises);
    expect(new Set(premises).size).toBe(premises.length);
    expect(premises).toHaveLength(299);
  });

  it("have linked premises, counterclaims, rebuttals and undercuts, as real maps do", () => {
    expect(map.inferences.some((i) => i.premises.length === 2)).toBe(true);
    const inferenceIds = new Set(map.inferences.map((i) => i.id));
    expect(map.inferences.some((i) => i.kind === "attack" && inferenceIds.has(i.target))).toBe(true);
    const roles = new Set(analyseRoles(map).roles.values());
    for (const role of ["thesis", "premise", "counterclaim", "rebuttal", "undercutter"]) expect(roles).toContain(role);
  });

  it("anchor every explicit statement to its sentence in the text, which has Dutch diacritics", () => {
    const anchored = map.statements.filter((s) => s.anchors.length > 0);
    expect(anchored.length).toBeGreaterThan(250);
    expect(anchored.length).toBeLessThan(300);
    for (const s of anchored) for (const a of s.anchors) expect(anchorHolds(text, a)).toBe(true);
    expect(text).toMatch(/[ëéóï]/);
  });

  it("place every box, and no two statement boxes overlap", () => {
    const ids = [...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)];
    expect(Object.keys(map.layout).sort()).toEqual(ids.sort());
    const boxes = map.statements.map((s) => ({ ...(map.layout[s.id] as { x: number; y: number }), ...statementSize(s.text) }));
    const overlapping = boxes.filter((a, i) =>
      boxes.some((b, j) => j > i && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height),
    );
    expect(overlapping).toEqual([]);
  });

  it("are the same map for the same size, so runs compare", () => {
    expect(serializeMap(generateDocument(120).map)).toBe(serializeMap(generateDocument(120).map));
  });
});
