import { describe, expect, it } from "vitest";
import { exportExampleMap, revealOrder } from "../../core";
import { actionOfKey, cameraIds, captionIds, revealedAt } from "./stepView";

describe("presentation steps", () => {
  const map = exportExampleMap();
  const steps = revealOrder(map);
  const central = map.statements.find((s) => s.central)?.id ?? "";

  it("shows the central claim alone first, then adds each step's parts, highlighting only the newest", () => {
    expect(revealedAt(steps, 0)).toEqual({ shown: new Set([central]), fresh: new Set([central]) });
    const second = revealedAt(steps, 1);
    const added = [...(steps[1]?.statements ?? []), ...(steps[1]?.inferences ?? [])];
    expect([...second.shown].sort()).toEqual([central, ...added].sort());
    expect([...second.fresh].sort()).toEqual([...added].sort());
    const last = revealedAt(steps, steps.length - 1);
    expect(last.shown.size).toBe(map.statements.length + map.inferences.length);
  });

  it("frames the new premises with their junction, and the claim they argue about as context", () => {
    const step = steps[1];
    const inference = map.inferences.find((i) => i.id === step?.focus);
    const camera = cameraIds(map, step);
    expect(camera.near.sort()).toEqual([inference?.id, ...(step?.statements ?? [])].sort());
    expect(camera.context).toEqual([inference?.target]);
    expect(cameraIds(map, steps[0])).toEqual({ near: [central], context: [] });
  });

  it("frames an undercut with the step it attacks and that step's claim as context", () => {
    const undercut = map.inferences.find((i) => map.inferences.some((j) => j.id === i.target));
    if (!undercut) throw new Error("the example map has an undercut");
    const attacked = map.inferences.find((j) => j.id === undercut.target);
    const camera = cameraIds(
      map,
      steps.find((s) => s.focus === undercut.id),
    );
    expect(camera.near).toContain(undercut.id);
    expect(camera.context).toEqual([undercut.target, attacked?.target]);
  });

  it("captions the new statements, or the premises when they were shown before", () => {
    expect(captionIds(map, steps[0])).toEqual([central]);
    const first = map.inferences[0];
    if (!first) throw new Error("no inference");
    expect(captionIds(map, { statements: [], inferences: [first.id], focus: first.id })).toEqual(first.premises);
  });

  it("steps with arrows, space and a clicker's page keys, jumps with Home and End, leaves with Escape", () => {
    expect(["ArrowRight", " ", "PageDown", "Enter"].map(actionOfKey)).toEqual(["next", "next", "next", "next"]);
    expect(["ArrowLeft", "PageUp"].map(actionOfKey)).toEqual(["previous", "previous"]);
    expect(["Home", "End", "Escape", "a"].map(actionOfKey)).toEqual(["first", "last", "exit", undefined]);
  });
});
