import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleMap, singleStatementMap } from "../io/sampleMaps";
import type { ArgumentMap } from "../model/map";
import { readMap } from "../schema";
import { revealOrder } from "./revealOrder";

const MAPS = join(import.meta.dirname, "../../../maps");

function bundledMaps(): [string, ArgumentMap][] {
  return readdirSync(MAPS)
    .filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json")
    .map((f) => {
      const read = readMap(readFileSync(join(MAPS, f), "utf8"));
      if (!read.ok) throw new Error(`${f}: ${read.error.message}`);
      return [f, read.value];
    });
}

/** Each step as the words a teacher would say: the claim, or "premises → target" of the argument it adds. */
function spoken(map: ArgumentMap): string[] {
  const text = (id: string) => map.statements.find((s) => s.id === id)?.text ?? id;
  return revealOrder(map).map((step) => {
    const inference = map.inferences.find((i) => i.id === step.focus);
    if (!inference) return text(step.focus);
    const target = map.inferences.some((i) => i.id === inference.target) ? `[${inference.target}]` : text(inference.target);
    return `${step.statements.map(text).join(" + ") || "(shown)"} ${inference.kind === "support" ? "→" : "⊣"} ${target}`;
  });
}

describe("revealOrder", () => {
  it("starts at the central claim and goes breadth-first: reasons before objections, undercuts right after their argument", () => {
    const map = sampleMap();
    const support = map.inferences.find((i) => i.kind === "support" && i.premises.length === 1)?.id;
    const linked = map.inferences.find((i) => i.kind === "support" && i.premises.length === 2)?.id;
    const rebuttal = map.inferences.find(
      (i) => map.statements.find((s) => s.id === i.target)?.text === "A European army costs too much",
    )?.id;
    expect(spoken(map)).toEqual([
      "Europe must build its own defence",
      "The US may not stay → Europe must build its own defence",
      `The US has stayed for eighty years ⊣ [${support}]`,
      "Washington says so itself + An ally that may leave cannot be the whole defence → Europe must build its own defence",
      `Words of Washington are not policy + Elections change what Washington says ⊣ [${linked}]`,
      "A European army costs too much ⊣ Europe must build its own defence",
      "Europe is at peace + No one threatens Europe ⊣ Europe must build its own defence",
      "It costs less than a war ⊣ A European army costs too much",
      `Prices [rose] 3.5% <fast> #1 *really* under_score // comment {x} @home: a_b. ⊣ [${rebuttal}]`,
    ]);
  });

  it("shows every statement and inference of the bundled maps exactly once, never before what it points at", () => {
    for (const [file, map] of bundledMaps()) {
      const steps = revealOrder(map);
      const statements = steps.flatMap((s) => s.statements);
      const inferences = steps.flatMap((s) => s.inferences);
      expect([...statements].sort(), file).toEqual(map.statements.map((s) => s.id).sort());
      expect([...inferences].sort(), file).toEqual(map.inferences.map((i) => i.id).sort());
      expect(steps[0]?.statements, file).toEqual([map.statements.find((s) => s.central)?.id]);
      const stepOf = new Map<string, number>();
      steps.forEach((step, k) => {
        for (const id of [...step.statements, ...step.inferences]) stepOf.set(id, k);
      });
      for (const inference of map.inferences) {
        const at = stepOf.get(inference.id) ?? -1;
        expect(stepOf.get(inference.target), `${file} ${inference.id}`).toBeLessThan(at);
        for (const p of inference.premises) expect(stepOf.get(p), `${file} ${inference.id}`).toBeLessThanOrEqual(at);
      }
    }
  });

  it("shows a statement that serves two arguments once, with the first", () => {
    const map = sampleMap();
    const [first] = map.inferences;
    if (!first) throw new Error("sample map has no inference");
    const twice: ArgumentMap = {
      ...map,
      inferences: [...map.inferences, { id: "extra", kind: "support", premises: [...first.premises], target: "s5" }],
    };
    const step = revealOrder(twice).find((s) => s.focus === "extra");
    expect(step).toEqual({ statements: [], inferences: ["extra"], focus: "extra" });
  });

  it("without a central claim starts from the statements that argue for nothing, and reaches cycles too", () => {
    const cycle: ArgumentMap = {
      ...singleStatementMap(),
      statements: ["a", "b", "c"].map((id) => ({ id, text: id.toUpperCase(), anchors: [] })),
      inferences: [
        { id: "i1", kind: "support", premises: ["b"], target: "a" },
        { id: "i2", kind: "support", premises: ["a"], target: "b" },
      ],
    };
    expect(revealOrder(cycle).map((s) => s.focus)).toEqual(["c", "a", "i1", "i2"]);
    expect(revealOrder(singleStatementMap())).toHaveLength(1);
  });
});
