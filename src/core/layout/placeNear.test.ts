import { describe, expect, it } from "vitest";
import type { ArgumentMap } from "../model/map";
import { boxesOf, crowdedPairs } from "./layoutChecks";
import { layoutMapNow } from "./layoutMap";
import { placeNear } from "./placeNear";
import { syntheticMap } from "./syntheticMap";

function laidOut(size: number, seed: number): ArgumentMap {
  const map = syntheticMap(size, seed);
  return { ...map, layout: layoutMapNow(map) };
}

describe("placing a new box", () => {
  it("puts a new reason for a busy conclusion under it, on free ground, and moves nothing else", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const before = laidOut(80, seed);
      const map: ArgumentMap = {
        ...before,
        statements: [...before.statements, { id: "new", text: "Een nieuwe reden die de docent toevoegt", anchors: [] }],
        inferences: [...before.inferences, { id: "inew", kind: "support", premises: ["new"], target: "s2" }],
      };
      const junction = placeNear(map, "inew");
      const withJunction = { ...map, layout: { ...map.layout, inew: junction } };
      const premise = placeNear(withJunction, "new");
      const layout: Record<string, { x: number; y: number }> = { ...withJunction.layout, new: premise };
      expect(crowdedPairs(boxesOf(map, layout), 0), `seed ${seed}`).toEqual([]);
      expect(premise.y).toBeGreaterThan(map.layout.s2?.y ?? 0);
      for (const [id, p] of Object.entries(before.layout)) expect(layout[id]).toEqual(p);
    }
  });
});
