import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { addPremise, addStatement, connect, copyFragment, type Edit, pasteFragment } from "../commands";
import { emptyMap } from "../model/build";
import type { ArgumentMap } from "../model/map";
import { readMap } from "../schema/read";
import { boxesOf, crowdedPairs } from "./layoutChecks";
import { layoutMapNow } from "./layoutMap";
import { JUNCTION_SIZE, NODE_WIDTH } from "./measure";
import { placeNear, shiftClear } from "./placeNear";
import { syntheticMap } from "./syntheticMap";

function laidOut(size: number, seed: number): ArgumentMap {
  const map = syntheticMap(size, seed);
  return { ...map, layout: layoutMapNow(map) };
}

/** What the editor does after a command: every new box without a position is placed, in the order made. */
function placed(edit: Edit): { map: ArgumentMap; created: string[] } {
  if (!edit.ok) throw new Error(edit.problem);
  let map = edit.map;
  for (const id of edit.created.filter((c) => !map.layout[c])) map = { ...map, layout: { ...map.layout, [id]: placeNear(map, id) } };
  return { map, created: edit.created };
}

function ok(edit: Edit): ArgumentMap {
  if (!edit.ok) throw new Error(edit.problem);
  return edit.map;
}

const MAPS = fileURLToPath(new URL("../../../maps/", import.meta.url));

function bundledMaps(): [string, ArgumentMap][] {
  return readdirSync(MAPS)
    .filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json")
    .flatMap((file): [string, ArgumentMap][] => {
      const read = readMap(readFileSync(MAPS + file, "utf8"));
      return read.ok ? [[file, read.value]] : [];
    });
}

/** A fresh map with only its central claim, at the origin. */
function withCentralClaim(): ArgumentMap {
  const made = addStatement(emptyMap("m", { file: "t.txt" }), {
    text: "Europa kan niet meer op de onvoorwaardelijke steun van de VS rekenen.",
    anchors: [],
    central: true,
  });
  return placed(made).map;
}

/** Add a statement that supports or attacks a target, as the editor's statement commands do. */
function argue(map: ArgumentMap, kind: "support" | "attack", target: string, text: string): { map: ArgumentMap; id: string } {
  const added = addStatement(map, { text, anchors: [] });
  if (!added.ok) throw new Error(added.problem);
  const id = added.created[0] as string;
  const connected = connect(added.map, { kind, premises: [id], target });
  if (!connected.ok) throw new Error(connected.problem);
  return { map: placed({ ...connected, created: [id, ...connected.created] }).map, id };
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

  it("a counterclaim and its rebuttal on a fresh map go straight under what they attack, each junction between the two boxes", () => {
    const central = withCentralClaim();
    const counter = argue(central, "attack", "s1", "Sommige leiders hopen nog dat de Amerikanen militair bijdragen.");
    const rebuttal = argue(counter.map, "attack", counter.id, "Vance suggereerde dat de VS dichter bij Rusland staat dan bij Europa.");
    const { layout } = rebuttal.map;
    expect(layout[counter.id]?.x).toBe(layout.s1?.x);
    expect(layout[rebuttal.id]?.x).toBe(layout.s1?.x);
    for (const [inference, above, below] of [
      ["i1", "s1", counter.id],
      ["i2", counter.id, rebuttal.id],
    ] as const) {
      const junction = layout[inference] as { x: number; y: number };
      expect(junction.x + JUNCTION_SIZE / 2, inference).toBe((layout[below]?.x ?? 0) + NODE_WIDTH / 2);
      expect(junction.y, inference).toBeGreaterThan(layout[above]?.y ?? 0);
      expect(junction.y, inference).toBeLessThan(layout[below]?.y ?? 0);
    }
    expect(crowdedPairs(boxesOf(rebuttal.map, layout), 20)).toEqual([]);
  });

  it("a linked premise goes right beside the premise already under the junction, not across the map", () => {
    const reason = argue(withCentralClaim(), "support", "s1", "Poetin is uit zijn isolement getrokken door Trump.");
    const added = addStatement(reason.map, { text: "Impliciete premisse", anchors: [] });
    if (!added.ok) throw new Error(added.problem);
    const linked = placed({ ok: true, map: ok(addPremise(added.map, "i1", "s3")), created: ["s3"] });
    const first = linked.map.layout.s2 as { x: number; y: number };
    const second = linked.map.layout.s3 as { x: number; y: number };
    expect(second.y).toBe(first.y);
    expect(Math.abs(second.x - first.x)).toBeLessThanOrEqual(NODE_WIDTH + 30);
    expect(crowdedPairs(boxesOf(linked.map, linked.map.layout), 20)).toEqual([]);
  });

  it.each(bundledMaps())("%s: an implicit premise for any statement lands on free ground and moves nothing", (_, map) => {
    for (const target of map.statements) {
      const { map: after } = argue(map, "support", target.id, "Impliciete premisse (pas aan)");
      expect(crowdedPairs(boxesOf(after, after.layout), 0), target.id).toEqual([]);
      for (const [id, p] of Object.entries(map.layout)) expect(after.layout[id], id).toEqual(p);
    }
  });
});

describe("a new reason in a full row", () => {
  it.each(bundledMaps())("%s: goes beside its siblings, never right under another statement", (_, map) => {
    for (const target of map.statements) {
      const { map: after, id } = argue(map, "support", target.id, "Impliciete premisse (pas aan)");
      const boxes = boxesOf(after, after.layout);
      const box = (which: string) => boxes.find((b) => b.id === which) as (typeof boxes)[number];
      const added = box(id);
      const conclusion = box(target.id);
      const above = boxes.filter(
        (b) =>
          map.statements.some((s) => s.id === b.id) &&
          b.y > conclusion.y + conclusion.height &&
          b.y + b.height <= added.y &&
          b.x < added.x + added.width &&
          added.x < b.x + b.width,
      );
      expect(
        above.map((b) => b.id),
        target.id,
      ).toEqual([]);
    }
  });
});

describe("moving a pasted group clear of the map", () => {
  it("a copy pasted a step off its originals moves as a whole to free ground beside them", () => {
    const counter = argue(withCentralClaim(), "attack", "s1", "Sommige leiders hopen nog dat de Amerikanen militair bijdragen.");
    const fragment = copyFragment(counter.map, [counter.id]);
    const pasted = ok(pasteFragment(counter.map, fragment, { x: 40, y: 40 }));
    const ids = ["s3"];
    const shift = shiftClear(pasted, ids);
    expect(shift).toBeDefined();
    const moved = {
      ...pasted.layout,
      s3: { x: (pasted.layout.s3?.x ?? 0) + (shift?.x ?? 0), y: (pasted.layout.s3?.y ?? 0) + (shift?.y ?? 0) },
    };
    expect(crowdedPairs(boxesOf(pasted, moved), 0)).toEqual([]);
    // Beside the original, not a screen away.
    expect(Math.hypot(shift?.x ?? 0, shift?.y ?? 0)).toBeLessThan(2 * NODE_WIDTH);
  });

  it("a group that lands on free ground stays where it was pasted", () => {
    const map = withCentralClaim();
    const pasted = ok(pasteFragment(map, copyFragment(map, ["s1"]), { x: 2000, y: 0 }));
    expect(shiftClear(pasted, ["s2"])).toBeUndefined();
  });
});
