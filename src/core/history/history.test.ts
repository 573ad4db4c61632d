import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addPremise, addStatement, connect, deleteElements, type Edit, moveNodes, setCentral, updateStatement } from "../commands";
import { type ArgumentMap, emptyMap } from "../model";
import { validateMap } from "../schema";
import { closeGesture, isDirty, markSaved, record, redo, startHistory, undo } from "./history";

/** A random edit, described by numbers so that fast-check can shrink a failing sequence. */
const operation = fc.oneof(
  fc.record({ op: fc.constant("add" as const), text: fc.string({ minLength: 1, maxLength: 12 }) }),
  fc.record({ op: fc.constant("edit" as const), pick: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({ op: fc.constant("connect" as const), a: fc.nat(), b: fc.nat(), attack: fc.boolean() }),
  fc.record({ op: fc.constant("link" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant("undercut" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant("central" as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant("move" as const),
    pick: fc.nat(),
    x: fc.integer({ min: -500, max: 500 }),
    y: fc.integer({ min: -500, max: 500 }),
  }),
  fc.record({ op: fc.constant("delete" as const), pick: fc.nat() }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function apply(map: ArgumentMap, o: Operation): Edit {
  const s = (n: number) => map.statements[n % Math.max(1, map.statements.length)]?.id ?? "none";
  const i = (n: number) => map.inferences[n % Math.max(1, map.inferences.length)]?.id ?? "none";
  switch (o.op) {
    case "add":
      return addStatement(map, { text: o.text });
    case "edit":
      return updateStatement(map, s(o.pick), { text: o.text });
    case "connect":
      return connect(map, { kind: o.attack ? "attack" : "support", premises: [s(o.a)], target: s(o.b) });
    case "link":
      return addPremise(map, i(o.a), s(o.b));
    case "undercut":
      return connect(map, { kind: "attack", premises: [s(o.a)], target: i(o.b) });
    case "central":
      return setCentral(map, s(o.pick));
    case "move":
      return moveNodes(map, { [s(o.pick)]: { x: o.x, y: o.y } });
    case "delete":
      return deleteElements(map, [o.pick % 2 === 0 ? s(o.pick) : i(o.pick)]);
  }
}

describe("history", () => {
  it("undoing every step of a random session returns the initial map, redoing returns the final one, and every map is valid", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (ops) => {
        const initial = emptyMap("m", { file: "m.txt" });
        let h = startHistory(initial);
        for (const o of ops) {
          const result = apply(h.present, o);
          if (result.ok) {
            expect(validateMap(result.map)).toEqual([]);
            h = record(h, o.op, result.map);
          }
        }
        const final = h.present;
        let back = h;
        while (back.past.length > 0) back = undo(back);
        expect(back.present).toEqual(initial);
        let forward = back;
        while (forward.future.length > 0) forward = redo(forward);
        expect(forward.present).toEqual(final);
      }),
      { numRuns: 300 },
    );
  });

  it("folds one gesture (typing in a box) into one undo step, and starts a new step after the gesture ends", () => {
    const m0 = emptyMap("m", { file: "m.txt" });
    const added = addStatement(m0, { text: "" });
    if (!added.ok) throw new Error("add");
    let h = record(startHistory(m0), "add", added.map);
    for (const text of ["E", "Eu", "Eur", "Euro"]) {
      const r = updateStatement(h.present, "s1", { text });
      if (r.ok) h = record(h, "edit", r.map, "wording:s1");
    }
    expect(h.past).toHaveLength(2);
    h = closeGesture(h);
    const r = updateStatement(h.present, "s1", { text: "Europa" });
    if (r.ok) h = record(h, "edit", r.map, "wording:s1");
    expect(h.past).toHaveLength(3);
    expect(undo(h).present.statements[0]?.text).toBe("Euro");
    expect(undo(undo(h)).present.statements[0]?.text).toBe("");
  });

  it("knows unsaved changes from the saved state, also after undoing back to it", () => {
    const m0 = emptyMap("m", { file: "m.txt" });
    const added = addStatement(m0, { text: "x" });
    if (!added.ok) throw new Error("add");
    const h = record(startHistory(m0), "add", added.map);
    expect(isDirty(h)).toBe(true);
    expect(isDirty(markSaved(h))).toBe(false);
    expect(isDirty(undo(h))).toBe(false);
  });
});
