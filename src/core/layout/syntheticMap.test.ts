import { describe, expect, it } from "vitest";
import { validateMap } from "../schema";
import { syntheticMap } from "./syntheticMap";

describe("made-up maps", () => {
  it("are the same for the same size and seed, and valid", () => {
    expect(syntheticMap(200, 4)).toEqual(syntheticMap(200, 4));
    expect(syntheticMap(200, 4)).not.toEqual(syntheticMap(200, 5));
    expect(validateMap(syntheticMap(500, 9))).toEqual([]);
  });

  it("look like hand-made maps: one central claim, linked premises, attacks, undercuts, shared and long statements", () => {
    const map = syntheticMap(2000, 1);
    expect(map.statements).toHaveLength(2000);
    expect(map.statements.filter((s) => s.central)).toHaveLength(1);
    const ids = new Set(map.inferences.map((i) => i.id));
    const share = (n: number) => n / map.inferences.length;
    expect(share(map.inferences.filter((i) => i.premises.length > 1).length)).toBeGreaterThan(0.15);
    expect(share(map.inferences.filter((i) => i.kind === "attack").length)).toBeGreaterThan(0.1);
    expect(map.inferences.some((i) => ids.has(i.target))).toBe(true);
    const uses = new Map<string, number>();
    for (const i of map.inferences) for (const p of i.premises) uses.set(p, (uses.get(p) ?? 0) + 1);
    expect([...uses.values()].some((n) => n > 1)).toBe(true);
    const long = map.statements.filter((s) => s.text.length > 180).length / map.statements.length;
    expect(long).toBeGreaterThan(0.05);
    expect(long).toBeLessThan(0.15);
  });
});
