import { beforeEach, describe, expect, it } from "vitest";
import { type ArgumentMap, analyseRoles } from "../../core";
import { SAMPLE, sampleMapRead, sampleOpened } from "../editor/testing";
import { translate } from "../i18n";
import { activeMap, useApp } from "./appStore";
import { toOpenDocument } from "./documentActions";
import { addStatementOfKind, confirmDeleteKey, makeStatement, placementFor } from "./statementActions";

/** The bundled commentary on Trump and Putin: s1 is its central claim, s11 a counterclaim of it (i15). */
const map: ArgumentMap = sampleMapRead();

function added(kind: Parameters<typeof addStatementOfKind>[1], selection: string[]) {
  const edit = addStatementOfKind(map, kind, { text: "Nieuwe bewering", anchors: [] }, selection);
  if (!edit.ok) throw new Error(edit.problem);
  const id = edit.created[0] as string;
  return { map: edit.map, id, inferences: edit.map.inferences.filter((i) => i.premises.includes(id)) };
}

describe("a premise made with a junction selected", () => {
  it("joins that inference as a linked premise instead of aiming a support at the inference", () => {
    const result = added("premise", ["i2"]);
    expect(result.map.inferences).toHaveLength(map.inferences.length);
    expect(result.map.inferences.find((i) => i.id === "i2")?.premises).toEqual(["s4", result.id]);
    expect(result.map.inferences.some((i) => i.target === "i2")).toBe(false);
  });

  it("joins it the same way when the premise is implicit", () => {
    const result = added("implicit", ["i26"]);
    expect(result.inferences).toEqual([{ id: "i26", kind: "support", premises: ["s21", result.id], target: "s1" }]);
  });

  it("supports the selected statement, and the central claim when nothing is selected", () => {
    expect(placementFor(map, "premise", ["s9"])).toEqual({ connect: "support", target: "s9" });
    expect(placementFor(map, "premise", [])).toEqual({ connect: "support", target: "s1" });
  });
});

describe("a rebuttal", () => {
  it("with the central claim selected answers the latest counterclaim, not the central claim", () => {
    const latest = [...map.statements].reverse().find((s) => analyseRoles(map).roles.get(s.id) === "counterclaim")?.id;
    expect(latest).toBe("s11");
    const result = added("rebuttal", ["s1"]);
    expect(result.inferences).toEqual([expect.objectContaining({ kind: "attack", target: "s11" })]);
    expect(analyseRoles(result.map).roles.get(result.id)).toBe("rebuttal");
  });

  it("answers the selected statement when it is on the contra side", () => {
    // s7 objects to s6 (i7), which argues for the central claim's side: s7 is on the contra side.
    const result = added("rebuttal", ["s7"]);
    expect(result.inferences).toEqual([expect.objectContaining({ kind: "attack", target: "s7" })]);
    expect(analyseRoles(result.map).roles.get(result.id)).toBe("rebuttal");
  });

  it("with a premise or a junction selected still answers the latest counterclaim", () => {
    expect(placementFor(map, "rebuttal", ["s9"])).toEqual({ connect: "attack", target: "s11" });
    expect(placementFor(map, "rebuttal", ["i10"])).toEqual({ connect: "attack", target: "s11" });
  });
});

describe("a counterclaim", () => {
  it("with a counterclaim selected attacks the central claim, so it stays a counterclaim", () => {
    const result = added("counterclaim", ["s11"]);
    expect(result.inferences).toEqual([expect.objectContaining({ kind: "attack", target: "s1" })]);
    expect(analyseRoles(result.map).roles.get(result.id)).toBe("counterclaim");
  });

  it("with a junction selected undercuts that inference", () => {
    expect(placementFor(map, "counterclaim", ["i10"])).toEqual({ connect: "attack", target: "i10" });
  });
});

describe("making statements one after another", () => {
  beforeEach(() => {
    useApp.setState({ docs: { [`${SAMPLE}.txt`]: toOpenDocument(sampleOpened()) }, active: `${SAMPLE}.txt`, selection: ["s1"] });
  });

  const current = () => activeMap(useApp.getState()) as ArgumentMap;
  const wording = (id: string | undefined) => current().statements.find((s) => s.id === id)?.text;
  const targetOf = (id: string | undefined) => current().inferences.find((i) => i.premises.includes(id ?? ""))?.target;

  it("selects the new statement, so that after a counterclaim the next rebuttals answer it", () => {
    makeStatement("counterclaim", "De VS blijven Oekraïne steunen", []);
    const counterclaim = useApp.getState().selection[0];
    expect(wording(counterclaim)).toBe("De VS blijven Oekraïne steunen");
    expect(targetOf(counterclaim)).toBe("s1");

    makeStatement("rebuttal", "Die steun is voorbij", []);
    const rebuttal = useApp.getState().selection[0];
    expect(wording(rebuttal)).toBe("Die steun is voorbij");
    expect(targetOf(rebuttal)).toBe(counterclaim);
    expect(analyseRoles(current()).roles.get(rebuttal ?? "")).toBe("rebuttal");

    // With the rebuttal selected, a second rebuttal answers the same counterclaim.
    makeStatement("rebuttal", "Europa moet het overnemen", []);
    expect(targetOf(useApp.getState().selection[0])).toBe(counterclaim);
  });

  it("two counterclaims in a row both attack the central claim", () => {
    makeStatement("counterclaim", "Eerste tegenwerping", []);
    makeStatement("counterclaim", "Tweede tegenwerping", []);
    expect(targetOf(useApp.getState().selection[0])).toBe("s1");
    expect(analyseRoles(current()).roles.get(useApp.getState().selection[0] ?? "")).toBe("counterclaim");
  });
});

describe("a statement made from the text", () => {
  beforeEach(() => {
    useApp.setState({
      docs: { [`${SAMPLE}.txt`]: toOpenDocument(sampleOpened()) },
      active: `${SAMPLE}.txt`,
      selection: ["s1"],
      hovered: null,
    });
  });

  it("is selected but not marked as under the pointer, so its span's outline goes when it is deselected", () => {
    makeStatement("premise", "Een nieuwe reden", []);
    expect(useApp.getState().selection).toHaveLength(1);
    expect(useApp.getState().hovered).toBeNull();
  });
});

describe("the question before a deletion", () => {
  it("speaks of one statement and one connection in the singular, and of more in the plural", () => {
    expect(translate("en", confirmDeleteKey(1, 1), { statements: 1, inferences: 1 })).toBe(
      "Delete this statement? This also removes 1 connection that depends on it.",
    );
    expect(translate("en", confirmDeleteKey(3, 2), { statements: 3, inferences: 2 })).toBe(
      "Delete 3 statements? This also removes 2 connections that depend on them.",
    );
    expect(translate("nl", confirmDeleteKey(1, 2), { statements: 1, inferences: 2 })).toBe(
      "Deze bewering verwijderen? Dan verdwijnen ook 2 verbindingen die ervan afhangen.",
    );
    expect(translate("nl", confirmDeleteKey(2, 1), { statements: 2, inferences: 1 })).toBe(
      "2 beweringen verwijderen? Dan verdwijnt ook 1 verbinding die ervan afhangt.",
    );
  });
});
