import { describe, expect, it } from "vitest";
import { readBundledWorkspace } from "../../../mapping/bundledWorkspace";
import type { ArgumentMap } from "../model/map";
import { boxesOf, boxesUnderLine, crowdedPairs, treeLinesOf } from "./layoutChecks";
import { layoutMap, type Positions } from "./layoutMap";
import { NODE_WIDTH, statementSize } from "./measure";
import { syntheticMap } from "./syntheticMap";

const bundled: [string, ArgumentMap][] = Object.entries(readBundledWorkspace().maps);

const laidOut = await Promise.all(bundled.map(async ([f, map]) => [f, map, await layoutMap(map)] as const));

function bottomOf(map: ArgumentMap, positions: Positions, id: string): number {
  const s = map.statements.find((x) => x.id === id);
  return (positions[id]?.y ?? 0) + (s ? statementSize(s.text, s.central === true).height : 18);
}

function centreX(map: ArgumentMap, positions: Positions, id: string): number {
  const isStatement = map.statements.some((s) => s.id === id);
  return (positions[id]?.x ?? 0) + (isStatement ? NODE_WIDTH / 2 : 9);
}

describe("layout of the bundled maps", () => {
  it("finds all five maps", () => {
    expect(bundled).toHaveLength(5);
  });

  it.each(laidOut)("%s: every statement and junction gets a place, and no two come within 20 px", (_, map, positions) => {
    expect(Object.keys(positions).sort()).toEqual([...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)].sort());
    expect(crowdedPairs(boxesOf(map, positions), 20)).toEqual([]);
  });

  it.each(laidOut)("%s: the central claim is on top", (_, map, positions) => {
    const central = map.statements.find((s) => s.central);
    expect(central).toBeDefined();
    const top = Math.min(...Object.values(positions).map((p) => p.y));
    expect(positions[central?.id ?? ""]?.y).toBe(top);
  });

  it.each(laidOut)(
    "%s: every premise sits below its junction, and every junction below what it supports or attacks",
    (_, map, positions) => {
      for (const inf of map.inferences) {
        for (const p of inf.premises)
          expect(positions[p]?.y, `${p} under ${inf.id}`).toBeGreaterThanOrEqual(bottomOf(map, positions, inf.id));
        expect(positions[inf.id]?.y, `${inf.id} under ${inf.target}`).toBeGreaterThanOrEqual(bottomOf(map, positions, inf.target));
      }
    },
  );

  it.each(laidOut)("%s: linked premises sit side by side in one row under their junction", (_, map, positions) => {
    const uses = new Map<string, number>();
    for (const inf of map.inferences) for (const p of inf.premises) uses.set(p, (uses.get(p) ?? 0) + 1);
    for (const inf of map.inferences.filter((i) => i.premises.length > 1 && i.premises.every((p) => uses.get(p) === 1))) {
      const tops = inf.premises.map((p) => positions[p]?.y);
      expect(new Set(tops).size, inf.id).toBe(1);
      const xs = inf.premises.map((p) => centreX(map, positions, p));
      const junction = centreX(map, positions, inf.id);
      expect(junction).toBeGreaterThan(Math.min(...xs));
      expect(junction).toBeLessThan(Math.max(...xs));
    }
  });

  it.each(laidOut)("%s: the attacks on a statement sit to the right of its supports", (_, map, positions) => {
    for (const s of map.statements) {
      const aimed = map.inferences.filter((i) => i.target === s.id);
      const supports = aimed.filter((i) => i.kind === "support").map((i) => centreX(map, positions, i.id));
      const attacks = aimed.filter((i) => i.kind === "attack").map((i) => centreX(map, positions, i.id));
      if (supports.length > 0 && attacks.length > 0) expect(Math.min(...attacks), s.id).toBeGreaterThan(Math.max(...supports));
    }
  });

  it.each(laidOut)("%s: no line of the tree passes under a box", (_, map, positions) => {
    const boxes = boxesOf(map, positions);
    const byId = new Map(boxes.map((b) => [b.id, b]));
    for (const line of treeLinesOf(map)) expect(boxesUnderLine(line, boxes, byId), `${line.from} → ${line.to}`).toEqual([]);
  });

  it("is narrower than ELK's layered layout was (its widest map was 5,376 px)", () => {
    const widths = laidOut.map(([, map, positions]) => Math.max(...boxesOf(map, positions).map((b) => b.x + b.width)));
    expect(Math.max(...widths)).toBeLessThan(4200);
  });
});

describe("layout of a selection", () => {
  const map = syntheticMap(60, 3);
  const placed = {
    ...map,
    layout: Object.fromEntries(Object.entries(syntheticLayout(map)).map(([id, p]) => [id, { x: p.x + 500, y: p.y + 300 }])),
  };

  it("lays out only the selection and keeps its top-left corner where it was", async () => {
    const only = new Set(["s2", "s5", "s6", "s9", ...map.inferences.filter((i) => i.target === "s2").map((i) => i.id)]);
    const positions = await layoutMap(placed, only);
    expect(Object.keys(positions).sort()).toEqual([...only].sort());
    const corner = (ps: { x: number; y: number }[]) => [Math.min(...ps.map((p) => p.x)), Math.min(...ps.map((p) => p.y))];
    expect(corner(Object.values(positions))).toEqual(corner([...only].map((id) => placed.layout[id] as { x: number; y: number })));
    expect(crowdedPairs(boxesOf(placed, positions), 20)).toEqual([]);
  });
});

describe("layout of made-up maps", () => {
  it("gives an empty map no positions", async () => {
    expect(await layoutMap({ ...syntheticMap(1), statements: [], inferences: [] })).toEqual({});
  });

  it("puts statements not connected to anything in rows under the tree, not in one endless row", async () => {
    const map = syntheticMap(30, 5);
    const loose = Array.from({ length: 40 }, (_, k) => ({ id: `loose${k}`, text: `Losse bewering ${k}`, anchors: [] }));
    const positions = await layoutMap({ ...map, statements: [...map.statements, ...loose] });
    const treeWidth = Math.max(...map.statements.map((s) => (positions[s.id]?.x ?? 0) + NODE_WIDTH));
    const treeBottom = Math.max(...map.statements.map((s) => bottomOf(map, positions, s.id)));
    for (const s of loose) {
      expect(positions[s.id]?.y).toBeGreaterThan(treeBottom);
      expect((positions[s.id]?.x ?? 0) + NODE_WIDTH).toBeLessThanOrEqual(Math.max(treeWidth, 2000));
    }
    expect(crowdedPairs(boxesOf({ ...map, statements: [...map.statements, ...loose] }, positions), 20)).toEqual([]);
  });

  it("lays out a 2,000-statement map with no overlap, the tree's lines pointing up and passing under no box", async () => {
    const map = syntheticMap(2000, 11);
    const positions = await layoutMap(map);
    const boxes = boxesOf(map, positions);
    const byId = new Map(boxes.map((b) => [b.id, b]));
    expect(crowdedPairs(boxes, 20)).toEqual([]);
    for (const line of treeLinesOf(map)) {
      expect(positions[line.from]?.y ?? 0).toBeGreaterThan(positions[line.to]?.y ?? 0);
      expect(boxesUnderLine(line, boxes, byId), `${line.from} → ${line.to}`).toEqual([]);
    }
  });
});

/** A layout to start the selection test from (any non-overlapping one will do). */
function syntheticLayout(map: ArgumentMap): Positions {
  return Object.fromEntries(
    [...map.statements, ...map.inferences].map((x, k) => [x.id, { x: (k % 10) * 300, y: Math.floor(k / 10) * 200 }]),
  );
}
