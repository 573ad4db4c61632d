import { describe, expect, it } from "vitest";
import { type ArgumentMap, updateStatement } from "../../core";
import { sampleMapRead } from "../editor/testing";
import { translate } from "../i18n";
import { edgesOf } from "./buildGraph";
import { EdgeNamer } from "./edgeNames";

/** The bundled commentary on Trump and Putin: s9 supports s1 (i10), s4 objects to s1 (i4), s6 undercuts i4 (i5). */
const map = sampleMapRead();
const edges = edgesOf(map, new Set());
const dutch = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate("nl", key, values);
const named = (m: ArgumentMap) => new EdgeNamer().name(edges, m, dutch);
const nameOf = (list: ReturnType<typeof named>, id: string) => list.find((e) => e.id === id)?.ariaLabel;
const short = (id: string) => {
  const text = map.statements.find((s) => s.id === id)?.text ?? "";
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

describe("the names of the lines", () => {
  const list = named(map);

  it("say in the user's language and words what supports or attacks what", () => {
    expect(nameOf(list, "i10:from:s9")).toBe(`“${short("s9")}” ondersteunt “${short("s1")}”`);
    expect(nameOf(list, "i10:to")).toBe(`Steunpijl naar “${short("s1")}”`);
    expect(nameOf(list, "i4:from:s4")).toBe(`“${short("s4")}” valt “${short("s1")}” aan`);
    expect(nameOf(list, "i5:from:s6")).toBe(`“${short("s6")}” ondermijnt de reden voor “${short("s1")}”`);
  });

  it("never fall back to React Flow's ids", () => {
    for (const edge of list) expect(edge.ariaLabel, edge.id).toMatch(/“.+”/);
  });

  it("follow a changed wording, and only the lines at that statement become new objects", () => {
    const namer = new EdgeNamer();
    const first = namer.name(edges, map, dutch);
    const edit = updateStatement(map, "s9", { text: "Oekraïne moet de realiteit aanvaarden" });
    if (!edit.ok) throw new Error(edit.problem);
    const second = namer.name(edges, edit.map, dutch);
    expect(nameOf(second, "i10:from:s9")).toBe(`“Oekraïne moet de realiteit aanvaarden” ondersteunt “${short("s1")}”`);
    const renewed = second.filter((e, k) => e !== first[k]);
    const inference = (id: string) => map.inferences.find((i) => i.id === id);
    const touchesS9 = (id: string) => {
      const i = inference(id);
      return i !== undefined && (i.premises.includes("s9") || i.target === "s9" || inference(i.target)?.target === "s9");
    };
    expect(renewed.length).toBeGreaterThan(0);
    expect(renewed.length).toBeLessThan(second.length / 4);
    for (const e of renewed) expect(touchesS9((e.data as { inference: string }).inference), e.id).toBe(true);
  });
});
