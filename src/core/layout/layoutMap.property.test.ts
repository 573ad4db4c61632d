import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ArgumentMap, Inference, Statement } from "../model/map";
import { boxesOf, boxesUnderLine, crowdedPairs, treeLinesOf } from "./layoutChecks";
import { layoutMapNow } from "./layoutMap";
import { syntheticMap } from "./syntheticMap";

/** Any map the model allows: premises and targets anywhere, undercuts of undercuts, cycles, lone statements. */
const anyMap = fc
  .record({
    texts: fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.lorem({ maxCount: 60 })), { minLength: 1, maxLength: 40 }),
    central: fc.option(fc.nat(), { nil: undefined }),
    inferences: fc.array(
      fc.record({
        kind: fc.constantFrom("support" as const, "attack" as const),
        premises: fc.uniqueArray(fc.nat(), { minLength: 1, maxLength: 3 }),
        target: fc.nat(),
        targetsInference: fc.boolean(),
      }),
      { maxLength: 50 },
    ),
  })
  .map(({ texts, central, inferences }): ArgumentMap => {
    const statements: Statement[] = texts.map((text, k) => ({
      id: `s${k}`,
      text,
      anchors: [],
      ...(central !== undefined && central % texts.length === k ? { central: true } : {}),
    }));
    const made: Inference[] = [];
    inferences.forEach((inf, k) => {
      const premises = [...new Set(inf.premises.map((p) => `s${p % texts.length}`))];
      const target =
        inf.targetsInference && made.length > 0 ? (made[inf.target % made.length] as Inference).id : `s${inf.target % texts.length}`;
      if (premises.includes(target)) return;
      made.push({ id: `i${k}`, kind: inf.kind, premises, target });
    });
    return { ...syntheticMap(1), statements, inferences: made };
  });

describe("layout, for any map", () => {
  it("places every statement and junction, no two within 20 px, and no line of the tree under a box", () => {
    fc.assert(
      fc.property(anyMap, (map) => {
        const positions = layoutMapNow(map);
        expect(Object.keys(positions).sort()).toEqual([...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)].sort());
        for (const p of Object.values(positions)) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        const boxes = boxesOf(map, positions);
        expect(crowdedPairs(boxes, 20)).toEqual([]);
        const byId = new Map(boxes.map((b) => [b.id, b]));
        for (const line of treeLinesOf(map)) expect(boxesUnderLine(line, boxes, byId)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("puts the central claim on top, whatever uses it", () => {
    fc.assert(
      fc.property(anyMap, (map) => {
        const central = map.statements.find((s) => s.central);
        fc.pre(central !== undefined);
        const positions = layoutMapNow(map);
        expect(positions[central?.id ?? ""]?.y).toBe(Math.min(...Object.values(positions).map((p) => p.y)));
      }),
      { numRuns: 100 },
    );
  });

  it("lays out realistic made-up maps of any size and seed (small ones searched, large ones folded by rule) with no overlap and the tree's lines clear", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 450 }), fc.integer({ min: 1, max: 1_000_000 }), (size, seed) => {
        const map = syntheticMap(size, seed);
        const positions = layoutMapNow(map);
        const boxes = boxesOf(map, positions);
        expect(crowdedPairs(boxes, 20)).toEqual([]);
        const byId = new Map(boxes.map((b) => [b.id, b]));
        for (const line of treeLinesOf(map)) expect(boxesUnderLine(line, boxes, byId)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
