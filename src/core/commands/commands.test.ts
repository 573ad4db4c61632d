import { describe, expect, it } from "vitest";
import { analyseRoles, checkMap } from "../analysis";
import { type ArgumentMap, emptyMap } from "../model";
import {
  addPremise,
  addStatement,
  connect,
  copyFragment,
  deleteElements,
  type Edit,
  pasteFragment,
  planDeletion,
  removePremise,
  updateStatement,
} from ".";

function must(edit: Edit): ArgumentMap {
  if (!edit.ok) throw new Error(edit.problem);
  return edit.map;
}

/** thesis s1 ← s2 (premise), s3 attacks s1 (counterclaim), s4 attacks s3 (rebuttal), s5 undercuts i1. */
function debate(): ArgumentMap {
  let m = emptyMap("d", { file: "d.txt" });
  m = must(addStatement(m, { text: "Europa moet zelf afschrikken", central: true }));
  for (const text of [
    "De VS trekken zich terug",
    "De VS blijven NAVO-lid",
    "Lidmaatschap zegt niets over inzet",
    "Terugtrekking is nog niet begonnen",
  ]) {
    m = must(addStatement(m, { text }));
  }
  m = must(connect(m, { kind: "support", premises: ["s2"], target: "s1" }));
  m = must(connect(m, { kind: "attack", premises: ["s3"], target: "s1" }));
  m = must(connect(m, { kind: "attack", premises: ["s4"], target: "s3" }));
  m = must(connect(m, { kind: "attack", premises: ["s5"], target: "i1" }));
  return m;
}

describe("argument structure", () => {
  it("derives thesis, premise, counterclaim, rebuttal and undercutter from the structure", () => {
    const { roles } = analyseRoles(debate());
    expect(Object.fromEntries(roles)).toEqual({ s1: "thesis", s2: "premise", s3: "counterclaim", s4: "rebuttal", s5: "undercutter" });
  });

  it("makes linked premises by adding a premise to an inference, and refuses removing the last one", () => {
    let m = debate();
    m = must(addStatement(m, { text: "Europa kan het betalen" }));
    m = must(addPremise(m, "i1", "s6"));
    expect(m.inferences[0]?.premises).toEqual(["s2", "s6"]);
    expect(removePremise(must(removePremise(m, "i1", "s6")), "i1", "s2")).toEqual({ ok: false, problem: "last-premise" });
  });

  it("refuses a statement arguing for itself and a duplicate connection", () => {
    const m = debate();
    expect(connect(m, { kind: "support", premises: ["s1"], target: "s1" })).toEqual({ ok: false, problem: "self-target" });
    expect(connect(m, { kind: "support", premises: ["s2"], target: "s1" })).toEqual({ ok: false, problem: "duplicate-inference" });
  });

  it("says what a deletion takes with it: the statement's arguments and the undercuts of those", () => {
    const plan = planDeletion(debate(), ["s1"]);
    expect(plan.inferences.sort()).toEqual(["i1", "i2", "i4"]);
    const after = must(deleteElements(debate(), ["s1"]));
    expect(after.inferences.map((i) => i.id)).toEqual(["i3"]);
    expect(Object.keys(after.layout)).not.toContain("s1");
  });

  it("flags an unanswered counterclaim and a thesis without support", () => {
    const m = must(deleteElements(debate(), ["s4", "s2"]));
    const kinds = checkMap(m).map((f) => `${f.kind}:${f.statement ?? ""}`);
    expect(kinds).toContain("unanswered-counterclaim:s3");
    expect(kinds).toContain("unsupported-claim:s1");
  });

  it("pastes a copied fragment under new ids, keeping spans within the same text and dropping them into the note elsewhere", () => {
    const source = debate();
    const withSpan = {
      ...source,
      statements: source.statements.map((s) =>
        s.id === "s2" ? { ...s, anchors: [{ start: 0, end: 3, exact: "De ", prefix: "", suffix: "VS" }] } : s,
      ),
    };
    const fragment = copyFragment(withSpan, ["s1", "s2"]);
    expect(fragment.inferences.map((i) => i.id)).toEqual(["i1"]);
    const same = must(pasteFragment(withSpan, fragment, { x: 40, y: 40 }));
    expect(same.statements.slice(-2).map((s) => s.id)).toEqual(["s6", "s7"]);
    expect(same.statements.at(-1)?.anchors).toHaveLength(1);
    expect(same.statements.filter((s) => s.central)).toHaveLength(1);
    const other = must(pasteFragment(emptyMap("o", { file: "other.txt" }), fragment, { x: 0, y: 0 }));
    expect(other.statements[1]?.anchors).toEqual([]);
    expect(other.statements[1]?.note).toContain("“De ”");
    expect(other.inferences).toEqual([{ id: "i1", kind: "support", premises: ["s2"], target: "s1" }]);
  });
});

describe("updateStatement", () => {
  it("keeps a tag given twice once, as first written, and drops empty ones", () => {
    const m = must(updateStatement(debate(), "s2", { tags: ["biologie", " ouders", "Biologie ", "", "ouders"] }));
    expect(m.statements.find((s) => s.id === "s2")?.tags).toEqual(["biologie", " ouders"]);
    const none = must(updateStatement(m, "s2", { tags: [" ", ""] }));
    expect(none.statements.find((s) => s.id === "s2")).not.toHaveProperty("tags");
  });
});
