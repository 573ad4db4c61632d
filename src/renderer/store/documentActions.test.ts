import { beforeEach, describe, expect, it } from "vitest";
import { type ArgumentMap, boxesOf, copyFragment, crowdedPairs, pasteFragment } from "../../core";
import { useArrivals } from "../canvas/arrivals";
import { SAMPLE, sampleOpened } from "../editor/testing";
import { activeMap, useApp } from "./appStore";
import { applyEdit, toOpenDocument } from "./documentActions";
import { makeStatement } from "./statementActions";

const current = () => activeMap(useApp.getState()) as ArgumentMap;

describe("applying an edit that makes boxes", () => {
  beforeEach(() => {
    useApp.setState({ docs: { [`${SAMPLE}.txt`]: toOpenDocument(sampleOpened()) }, active: `${SAMPLE}.txt`, selection: ["s1"] });
  });

  it("moves a paste that would lie on the originals clear of every box, as a group, the rest of the map unmoved", () => {
    const before = current();
    const fragment = copyFragment(before, ["s2", "s3"]);
    const created = applyEdit("label_paste", (m) => pasteFragment(m, fragment, { x: 40, y: 40 }));
    const after = current();
    expect(crowdedPairs(boxesOf(after, after.layout), 0)).toEqual([]);
    for (const [id, p] of Object.entries(before.layout)) expect(after.layout[id], id).toEqual(p);
    const [a, b] = created.slice(0, 2).map((id) => after.layout[id] as { x: number; y: number });
    const [origA, origB] = ["s2", "s3"].map((id) => before.layout[id] as { x: number; y: number });
    // Moved together: the two keep their places relative to each other.
    expect((b?.x ?? 0) - (a?.x ?? 0)).toBe((origB?.x ?? 0) - (origA?.x ?? 0));
    expect((b?.y ?? 0) - (a?.y ?? 0)).toBe((origB?.y ?? 0) - (origA?.y ?? 0));
  });

  it("tells the canvas what arrived, so it can show it and give it the focus", () => {
    const serial = useArrivals.getState().arrival?.serial ?? 0;
    makeStatement("implicit", "Impliciete premisse", []);
    const arrival = useArrivals.getState().arrival;
    expect(arrival?.serial).toBe(serial + 1);
    expect(arrival?.ids[0]).toBe(useApp.getState().selection[0]);
  });
});
