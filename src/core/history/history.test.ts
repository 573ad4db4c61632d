import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addStatement, updateStatement } from "../commands";
import { emptyMap } from "../model";
import { cancelGesture, closeGesture, isDirty, markSaved, record, startHistory, undo } from "./history";

// The property "undo everything returns the initial map" over random sessions of every command is in randomSession.test.ts.
describe("history", () => {
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

  it("cancels a gesture under way: any keystrokes of a wording taken back at once, nothing left to redo", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 12 }), (texts) => {
        const m0 = emptyMap("m", { file: "m.txt" });
        const added = addStatement(m0, { text: "Europa" });
        if (!added.ok) throw new Error("add");
        const before = closeGesture(record(startHistory(m0), "add", added.map));
        let h = before;
        for (const text of texts) {
          const r = updateStatement(h.present, "s1", { text });
          if (r.ok) h = record(h, "edit", r.map, "wording:s1");
        }
        const cancelled = cancelGesture(h, "wording:s1");
        expect(cancelled.present).toBe(before.present);
        expect(cancelled.past).toEqual(before.past);
        expect(cancelled.future).toEqual([]);
        // Another gesture's key takes nothing back.
        expect(cancelGesture(h, "wording:s2")).toBe(h);
      }),
    );
  });
});
