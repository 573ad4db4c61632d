import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { ArgumentMap } from "../../model/map";
import { importMicrotext, OPPONENT_TAG } from ".";

const DATA = fileURLToPath(new URL("../../../../../shared/data/microtexts-en/", import.meta.url));
const files = readdirSync(DATA)
  .filter((f) => /^micro_.*\.xml$/.test(f))
  .sort();

function load(file: string, withText = true): { map: ArgumentMap; xml: string; text: string; codes: string[] } {
  const xml = readFileSync(DATA + file, "utf8");
  const text = readFileSync(DATA + file.replace(/\.xml$/, ".txt"), "utf8");
  const result = importMicrotext(xml, { mapId: file.replace(/\.xml$/, ""), text: withText ? text : undefined });
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return { map: result.map, xml, text, codes: result.report.map((r) => r.code) };
}

const count = (xml: string, pattern: RegExp) => (xml.match(pattern) ?? []).length;

describe("Potsdam microtexts: all 112 English texts", () => {
  const totals = { texts: 0, adus: 0, sup: 0, exa: 0, reb: 0, und: 0, add: 0, anchors: 0 };
  afterAll(() => {
    console.log(
      `microtexts imported: ${totals.texts} texts, ${totals.adus} ADUs = statements, ${totals.anchors} anchors; relations: ` +
        `sup ${totals.sup}, exa ${totals.exa}, reb ${totals.reb}, und ${totals.und}, add ${totals.add}`,
    );
  });

  it("there are 112 texts, each with its .txt", () => {
    expect(files).toHaveLength(112);
  });

  it.each(files)("%s: ADUs, relations by type and linked premises match the XML; every anchor quotes its offsets", (file) => {
    const { map, xml, text, codes } = load(file);
    const edges = (type: string) => count(xml, new RegExp(`<edge [^>]*type="${type}"`, "g"));
    const statementIds = new Set(map.statements.map((s) => s.id));
    const inferenceIds = new Set(map.inferences.map((i) => i.id));
    const supports = map.inferences.filter((i) => i.kind === "support");
    const attacks = map.inferences.filter((i) => i.kind === "attack");
    const adus = count(xml, /<adu /g);

    expect(map.statements).toHaveLength(adus);
    expect(supports).toHaveLength(edges("sup") + edges("exa"));
    expect(supports.filter((i) => i.note === "example")).toHaveLength(edges("exa"));
    expect(attacks.filter((i) => statementIds.has(i.target))).toHaveLength(edges("reb"));
    expect(attacks.filter((i) => inferenceIds.has(i.target))).toHaveLength(edges("und"));
    expect(map.inferences.reduce((n, i) => n + i.premises.length - 1, 0)).toBe(edges("add"));
    expect(map.statements.filter((s) => s.tags?.includes(OPPONENT_TAG))).toHaveLength(count(xml, /<adu [^>]*type="opp"/g));
    expect(map.statements.filter((s) => s.central)).toHaveLength(1);
    const anchors = map.statements.flatMap((s) => s.anchors);
    expect(anchors).toHaveLength(count(xml, /<edu /g));
    for (const a of anchors) expect(text.slice(a.start, a.end)).toBe(a.exact);
    expect(codes.filter((c) => c !== "topic")).toEqual([]); // the d-texts have no topic or stance

    totals.texts++;
    totals.adus += adus;
    totals.anchors += anchors.length;
    for (const type of ["sup", "exa", "reb", "und", "add"] as const) totals[type] += edges(type);
  });
});

describe("Potsdam microtexts: the structures of micro_b001", () => {
  // a1 (opp) rebuts a5; a2 supports a1; a3 undercuts the rebuttal c1; a4 is added to a3's undercut (c4 add → c3).
  const { map } = load("micro_b001.xml");
  const byText = (start: string) => map.statements.find((s) => s.text.startsWith(start))?.id;

  it("the ADU with no outgoing relation is the central claim", () => {
    expect(map.statements.filter((s) => s.central).map((s) => s.text)).toEqual([
      "We Berliners should take the chance and become pioneers in waste separation!",
    ]);
  });

  it("opponent ADUs are tagged opponent", () => {
    expect(map.statements.filter((s) => s.tags?.includes("opponent")).map((s) => s.id)).toEqual(["s1", "s2"]);
  });

  it("an add edge pointing at an undercut makes a linked undercut of the rebuttal", () => {
    const rebuttal = map.inferences.find((i) => i.kind === "attack" && i.target === byText("We Berliners"));
    const undercut = map.inferences.find((i) => i.target === rebuttal?.id);
    expect(undercut).toMatchObject({ kind: "attack", premises: [byText("But still Germany"), byText("and too many resources")] });
  });
});

describe("Potsdam microtexts: other input", () => {
  it("without a text, statements keep their wording, have no anchors, and the report says so", () => {
    const { map, codes } = load("micro_b001.xml", false);
    expect(map.statements.every((s) => s.anchors.length === 0 && s.text.length > 0)).toBe(true);
    expect(codes).toContain("no-text");
  });

  it("an ADU made of two segments through a joint gets both anchors, in text order", () => {
    const xml = `<arggraph id="j">
  <edu id="e1"><![CDATA[Cats purr]]></edu>
  <edu id="e2"><![CDATA[and dogs bark.]]></edu>
  <edu id="e3"><![CDATA[Pets talk.]]></edu>
  <joint id="j1"/>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c1" src="e2" trg="j1" type="seg"/>
  <edge id="c2" src="e1" trg="j1" type="seg"/>
  <edge id="c3" src="j1" trg="a1" type="seg"/>
  <edge id="c4" src="e3" trg="a2" type="seg"/>
  <edge id="c5" src="a1" trg="a2" type="sup"/>
</arggraph>`;
    const result = importMicrotext(xml, { mapId: "j", text: "Cats purr and dogs bark. Pets talk." });
    expect(result.ok && result.map.statements[0]).toMatchObject({
      text: "Cats purr and dogs bark.",
      anchors: [
        { start: 0, end: 9 },
        { start: 10, end: 24 },
      ],
    });
  });

  it.each([
    ["<arggraph>", "syntax", 1],
    ['<?xml version="1.0"?>\n<graph id="x"/>', "wrong-format", 2],
    ['<arggraph id="x">\n  <adu id="a1"/>\n</arggraph>', "invalid", 2],
    ['<arggraph id="x">\n  <adu id="a1" type="pro"/>\n  <edge id="c1" src="a1" trg="a1" type="foo"/>\n</arggraph>', "invalid", 3],
  ])("refuses %j with a %s error on line %i", (xml, code, line) => {
    expect(importMicrotext(xml, { mapId: "x" })).toMatchObject({ ok: false, error: { code, line } });
  });

  it("an edge that points at nothing is skipped and reported", () => {
    const xml = `<arggraph id="x"><edu id="e1">A</edu><edu id="e2">B</edu><adu id="a1" type="pro"/><adu id="a2" type="pro"/>
<edge id="c1" src="e1" trg="a1" type="seg"/><edge id="c2" src="e2" trg="a2" type="seg"/>
<edge id="c3" src="a1" trg="a2" type="sup"/><edge id="c4" src="a2" trg="c9" type="und"/></arggraph>`;
    const result = importMicrotext(xml, { mapId: "x" });
    expect(result.ok && result.report.find((r) => r.code === "unresolved")?.ids).toEqual(["c4"]);
    expect(result.ok && result.map.inferences).toHaveLength(1);
  });
});
