import { describe, expect, it } from "vitest";
import { addStatement, connect, type Edit } from "../commands";
import { type ArgumentMap, emptyMap } from "../model";
import { analyseRoles } from "./roles";

function must(edit: Edit): ArgumentMap {
  if (!edit.ok) throw new Error(edit.problem);
  return edit.map;
}

/** A map of statements s1..sN with the given wording; the first is the central claim when `central` is set. */
function statements(texts: string[], central = true): ArgumentMap {
  let m = emptyMap("r", { file: "r.txt" });
  texts.forEach((text, k) => {
    m = must(addStatement(m, { text, central: central && k === 0 }));
  });
  return m;
}

describe("derived roles", () => {
  it("a sub-claim that has premises but argues for nothing yet is a claim, not unconnected", () => {
    let m = statements(["Europa moet zelf afschrikken", "De VS trekken zich terug", "Trump zegt het zelf"]);
    // s2 is argued for by s3, but the analyst has not yet connected s2 to the central claim.
    m = must(connect(m, { kind: "support", premises: ["s3"], target: "s2" }));
    const { roles } = analyseRoles(m);
    expect(roles.get("s2")).toBe("claim");
    expect(roles.get("s3")).toBe("premise");
  });

  it("a statement that is only attacked is a claim, and its attacker a counterclaim", () => {
    let m = statements(["Europa moet zelf afschrikken", "Amerika blijft NAVO-lid", "Lidmaatschap zegt niets over inzet"]);
    m = must(connect(m, { kind: "attack", premises: ["s3"], target: "s2" }));
    const { roles } = analyseRoles(m);
    expect(roles.get("s2")).toBe("claim");
    expect(roles.get("s3")).toBe("counterclaim");
  });

  it("without a central claim, the conclusion of an argument is a claim", () => {
    let m = statements(["Europa moet zelf afschrikken", "De VS trekken zich terug"], false);
    m = must(connect(m, { kind: "support", premises: ["s2"], target: "s1" }));
    expect(analyseRoles(m).roles.get("s1")).toBe("claim");
  });

  it("a statement that nothing argues for or against and that argues for nothing stays unconnected", () => {
    const m = statements(["Europa moet zelf afschrikken", "Een losse opmerking"]);
    expect(analyseRoles(m).roles.get("s2")).toBe("unconnected");
  });

  it("undercutting an inference leaves its premise a premise and makes the attacker an undercutter", () => {
    // s2 supports s1 (i1); s3 undercuts i1. s2 stays a premise, s3 is an undercutter, s1 the thesis.
    let m = statements(["Europa moet zelf afschrikken", "De VS trekken zich terug", "Dat zeiden ze vaker"]);
    m = must(connect(m, { kind: "support", premises: ["s2"], target: "s1" }));
    m = must(connect(m, { kind: "attack", premises: ["s3"], target: "i1" }));
    expect(Object.fromEntries(analyseRoles(m).roles)).toEqual({ s1: "thesis", s2: "premise", s3: "undercutter" });
  });

  it("an attack on a counterclaim is a rebuttal; an attack on that rebuttal is a counterclaim again", () => {
    let m = statements(["Europa moet zelf afschrikken", "Amerika blijft", "Lidmaatschap zegt niets", "Artikel 5 bindt wel"]);
    m = must(connect(m, { kind: "attack", premises: ["s2"], target: "s1" }));
    m = must(connect(m, { kind: "attack", premises: ["s3"], target: "s2" }));
    m = must(connect(m, { kind: "attack", premises: ["s4"], target: "s3" }));
    const { roles, sides } = analyseRoles(m);
    expect([roles.get("s2"), roles.get("s3"), roles.get("s4")]).toEqual(["counterclaim", "rebuttal", "counterclaim"]);
    expect([sides.get("s2"), sides.get("s3"), sides.get("s4")]).toEqual(["contra", "pro", "contra"]);
  });
});
