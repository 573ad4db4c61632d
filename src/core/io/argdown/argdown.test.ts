import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { ArgumentMap } from "../../model/map";
import { readMap } from "../../schema/read";
import { importMicrotext } from "../microtext";
import { sampleMap, singleStatementMap, structureOf } from "../sampleMaps";
import { exportArgdown, importArgdown, parseArgdown } from ".";

const DATA = fileURLToPath(new URL("../../../../../shared/data/argdown/", import.meta.url));
const files = readdirSync(DATA)
  .filter((f) => f.endsWith(".argdown"))
  .sort();

interface Reference {
  statements: Record<string, unknown>;
  arguments: Record<string, { pcs: { role: string }[] }>;
  relations: { relationType: string }[];
}

function imported(input: string, text?: string): { map: ArgumentMap; report: { code: string; ids?: string[]; message: string }[] } {
  const result = importArgdown(input, { mapId: "test", text });
  if (!result.ok) throw new Error(`${result.error.message} at ${result.error.line}:${result.error.column}`);
  return result;
}

describe("Argdown import compared with the reference JSON of `argdown json`", () => {
  const table: string[] = [];
  afterAll(() => {
    console.log(
      [
        "file | reference: statements, arguments (with/without pcs), relations | map: statements, inferences (steps + from relations)",
        ...table,
      ].join("\n"),
    );
  });

  // The counting rule. Argdown has argument nodes; a map has statements and inferences. So:
  //   map statements = reference statements (equivalence classes) + arguments without premise–conclusion structure
  //   map inferences = one per conclusion in every premise–conclusion structure (an inference step)
  //                  + one per reference relation, + one more per contradiction (it is two attacks, one each way)
  // and nothing is left out ("relation-dropped" never appears in the report).
  it.each(files)("%s: statements and relations match the reference by the counting rule", (file) => {
    const reference = JSON.parse(readFileSync(DATA + file.replace(/\.argdown$/, ".json"), "utf8")) as Reference;
    const { map, report } = imported(readFileSync(DATA + file, "utf8"));
    const args = Object.values(reference.arguments);
    const sketched = args.filter((a) => a.pcs.length === 0).length;
    const steps = args.reduce((n, a) => n + a.pcs.filter((s) => s.role !== "premise").length, 0);
    const relations = reference.relations.length;
    const contradictions = reference.relations.filter((r) => r.relationType === "contradictory").length;
    const statements = Object.keys(reference.statements).length;

    expect(map.statements).toHaveLength(statements + sketched);
    expect(map.inferences).toHaveLength(steps + relations + contradictions);
    expect(report.filter((r) => r.code === "relation-dropped" || r.code === "inference-refused")).toEqual([]);
    table.push(
      `${file} | ${statements}, ${args.length} (${args.length - sketched}/${sketched}), ${relations} | ${map.statements.length}, ${map.inferences.length} (${steps} + ${relations + contradictions})`,
    );
  });
});

describe("Argdown import of the structures", () => {
  const primer = imported(readFileSync(`${DATA}argdown-primer.argdown`, "utf8"));
  const byText = (map: ArgumentMap, start: string) => map.statements.find((s) => s.text.startsWith(start));

  it("an argument without premise–conclusion structure becomes a statement of its description, and is reported", () => {
    expect(byText(primer.map, "Statements can be supported by arguments")).toMatchObject({ tags: ["tag"] });
    expect(primer.report.find((r) => r.code === "argument-as-statement")?.ids).toEqual([
      "<Argument title>",
      "<Another argument>",
      "<Yet another argument>",
    ]);
  });

  it("tags leave the wording and become the statement's tags; markdown emphasis is dropped", () => {
    const s = byText(primer.map, "Another statement (after a blank line)");
    expect(s?.tags).toEqual(["Another tag"]);
    expect(s?.text).not.toContain("#");
    expect(byText(primer.map, "Writing a list of pros & cons in Argdown")).toBeDefined();
  });

  it("premises of a premise–conclusion structure are linked premises of one support, noted with the argument", () => {
    const step = primer.map.inferences.find((i) => i.note?.startsWith("<Argument 1>"));
    expect(step?.kind).toBe("support");
    expect(step?.premises).toHaveLength(2);
    expect(step?.note).toContain("rule: Some inference rule");
    expect(primer.map.statements.find((s) => s.id === step?.target)?.text).toBe("And now the conclusion");
  });

  it("a relation to a reconstructed argument as a whole is attached to its main inference, and reported", () => {
    const sketched = primer.report.find((r) => r.code === "sketched");
    const attack = primer.map.inferences.find((i) => i.target === sketched?.ids?.[0]);
    expect(attack).toMatchObject({ kind: "attack", premises: [byText(primer.map, "Argdown is a simple syntax")?.id] });
  });

  it("a contradiction becomes two attacks, one each way, and is reported (semmelweis)", () => {
    const { map, report } = imported(readFileSync(`${DATA}semmelweis_betz.argdown`, "utf8"));
    expect(report.filter((r) => r.code === "contradiction")).toHaveLength(1);
    const pairs = map.inferences.filter((a) => map.inferences.some((b) => b.premises[0] === a.target && b.target === a.premises[0]));
    expect(pairs.every((i) => i.kind === "attack")).toBe(true);
    expect(pairs).toHaveLength(2);
  });

  it("an undercut of an argument made a statement attacks that argument's inference (legalisation of soft drugs)", () => {
    const { map } = imported(readFileSync(`${DATA}legalisation-softdrugs.argdown`, "utf8"));
    const inferenceIds = new Set(map.inferences.map((i) => i.id));
    const undercuts = map.inferences.filter((i) => inferenceIds.has(i.target));
    expect(undercuts).toHaveLength(2);
    const poorReason = byText(map, "In any case, the fact that");
    expect(undercuts.map((u) => u.premises[0])).toContain(poorReason?.id);
  });

  it("the front matter gives the source's title, author and date", () => {
    const { map } = imported(readFileSync(`${DATA}legalisation-softdrugs.argdown`, "utf8"));
    expect(map.source).toMatchObject({ title: "Pros and Cons Legalisation of Soft Drugs", date: "22/10/2018" });
    expect(map.source.author).toContain("Gregor Betz");
  });

  it("`uses` data chooses the premises of a step", () => {
    const input = "<A>\n\n(1) [p]: P\n(2) [q]: Q\n(3) [r]: R\n-- {uses: [1, 3]} --\n(4) [c]: C\n";
    const { map } = imported(input);
    const texts = (ids: string[]) => ids.map((id) => map.statements.find((s) => s.id === id)?.text);
    expect(texts(map.inferences[0]?.premises ?? [])).toEqual(["P", "R"]);
  });

  it("a step after an intermediary conclusion starts from it", () => {
    const { map } = imported("<A>\n\n(1) [p]: P\n(2) [q]: Q\n-----\n(3) [m]: M\n(4) [r]: R\n-----\n(5) [c]: C\n");
    expect(structureOf(map)).toEqual(['support from "M" + "R" to "C"', 'support from "P" + "Q" to "M"']);
  });

  it("statements are anchored where their words are in the source text", () => {
    const { map, report } = imported("[a]: Cats purr.\n\n[b]: Dogs fly.\n  + [a]", "All cats know: Cats purr. Really.");
    expect(map.statements[0]?.anchors[0]).toMatchObject({ start: 15, end: 25, exact: "Cats purr." });
    expect(report.find((r) => r.code === "quote-not-found")?.ids).toEqual(["b"]);
  });

  it("a syntax error is refused with its line and column", () => {
    const result = importArgdown("[a]: foo\n  + <b: bar\n (1) x\n----\n", { mapId: "x" });
    expect(result).toMatchObject({ ok: false, error: { code: "syntax", line: 3, column: 1 } });
  });
});

/**
 * The counting rule of the export: an inference with linked premises, or one that another inference targets, is
 * an argument; an argument for an attack or for a relation to an inference gets a conclusion statement of its own
 * that carries one relation. Every other inference is one relation.
 */
function expectedArgdownCounts(map: ArgumentMap): { statements: number; relations: number } {
  const targeted = new Set(map.inferences.map((i) => i.target));
  const statementIds = new Set(map.statements.map((s) => s.id));
  const asArgument = map.inferences.filter((i) => i.premises.length > 1 || targeted.has(i.id));
  const withConclusion = asArgument.filter((i) => i.kind === "attack" || !statementIds.has(i.target)).length;
  return {
    statements: map.statements.length + withConclusion,
    relations: map.inferences.length - asArgument.length + withConclusion,
  };
}

describe("Argdown export", () => {
  const map = sampleMap();
  const exported = exportArgdown(map);

  it("parses with @argdown/core without errors or warnings, with the counted statements and relations", () => {
    const read = parseArgdown(exported.text);
    if (!read.ok) throw new Error(read.error.message);
    const expected = expectedArgdownCounts(map);
    expect(expected).toEqual({ statements: 15, relations: 6 });
    expect(Object.keys(read.model.statements)).toHaveLength(expected.statements);
    expect(read.model.relations).toHaveLength(expected.relations);
    expect(read.model.warnings).toEqual([]);
  });

  it("comes back as the same map: structure, wording with syntax characters, speakers, notes, tags, central claim, source", () => {
    const again = imported(exported.text).map;
    expect(structureOf(again)).toEqual(structureOf(map));
    const fields = (m: ArgumentMap) =>
      m.statements.map(({ text, speaker, note, tags, central }) => ({ text, speaker, note, tags, central }));
    expect(fields(again)).toEqual(fields(map));
    expect(again.inferences.map((i) => i.note).filter(Boolean)).toEqual(["together, not apart"]);
    expect(again.source).toEqual({ ...map.source, file: "test.txt" });
  });

  it("writes the speaker and note as data, linked premises as an argument, undercuts as _> to the argument", () => {
    expect(exported.text).toContain('[s6]: It costs less than a war {speaker: "Jan de Vries"}');
    expect(exported.text).toContain("<i2>\n\n(1) [s3]\n(2) [s4]\n-----\n(3) [s1]");
    expect(exported.text).toContain("[s8]\n  _> <i1>");
  });

  it("reports the added conclusions, the anchors and the layout", () => {
    expect(exported.report.map((r) => r.code)).toEqual(["conclusion-added", "anchors", "layout"]);
    expect(exported.report[0]?.ids).toEqual(["i4", "i7", "i8"]);
  });

  it("the 112 microtext maps come back with the same structure and wording (real text through the escaping)", () => {
    const folder = fileURLToPath(new URL("../../../../../shared/data/microtexts-en/", import.meta.url));
    for (const file of readdirSync(folder).filter((f) => f.endsWith(".xml"))) {
      const result = importMicrotext(readFileSync(folder + file, "utf8"), { mapId: "m" });
      if (!result.ok) throw new Error(file);
      const again = imported(exportArgdown(result.map).text).map;
      expect(structureOf(again), file).toEqual(structureOf(result.map));
      expect(
        again.statements.map((s) => [s.text, s.tags, s.central]),
        file,
      ).toEqual(result.map.statements.map((s) => [s.text, s.tags, s.central]));
    }
  });

  const MAPS = fileURLToPath(new URL("../../../../maps/", import.meta.url));
  const bundled = readdirSync(MAPS).filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json");
  const dutch = bundled.flatMap((file): [string, ArgumentMap][] => {
    const read = readMap(readFileSync(MAPS + file, "utf8"));
    return read.ok && read.value.source.language === "nl" ? [[file, read.value]] : [];
  });
  it.runIf(dutch.length > 0)(`the Dutch bundled maps (${dutch.length} now) are written without English words and come back`, () => {
    let added = 0;
    for (const [file, dutchMap] of dutch) {
      const text = exportArgdown(dutchMap).text;
      expect(text, file).not.toMatch(/\]: (Not:|The inference )/);
      added += (text.match(/\[i\d+\]: (Niet:|De redenering )/g) ?? []).length;
      const again = imported(text).map;
      expect(structureOf(again), file).toEqual(structureOf(dutchMap));
      expect(
        again.statements.map((s) => s.text),
        file,
      ).toEqual(dutchMap.statements.map((s) => s.text));
    }
    expect(added).toBeGreaterThan(0);
  });

  it.runIf(bundled.length > 0)(
    `the bundled maps (${bundled.length} in maps/ now) come back with structure, wording, speakers and notes`,
    () => {
      for (const file of bundled) {
        const read = readMap(readFileSync(MAPS + file, "utf8"));
        if (!read.ok) continue; // a map being written right now; its own validator test covers it
        const again = imported(exportArgdown(read.value).text).map;
        expect(structureOf(again), file).toEqual(structureOf(read.value));
        const fields = (m: ArgumentMap) =>
          m.statements.map(({ text, speaker, note, tags, central }) => ({ text, speaker, note, tags, central }));
        expect(fields(again), file).toEqual(fields(read.value));
      }
    },
  );

  it("words the added conclusions in the map's language: Dutch for a Dutch map, English otherwise", () => {
    const dutch = exportArgdown({ ...map, source: { ...map.source, language: "nl" } }).text;
    expect(dutch).toContain("(2) [i4]: Niet: A European army costs too much\n");
    expect(dutch).toContain("(3) [i8]: De redenering i2 gaat niet op\n");
    expect(dutch).not.toMatch(/Not:|The inference/);
    for (const language of [undefined, "en"]) {
      const english = exportArgdown({ ...map, source: { ...map.source, language } }).text;
      expect(english).toContain("(2) [i4]: Not: A European army costs too much\n");
      expect(english).toContain("(3) [i8]: The inference i2 does not hold\n");
      expect(english).not.toMatch(/Niet:|De redenering/);
    }
  });

  it("reads the added conclusions back in either language, so a Dutch map comes back the same", () => {
    const dutch = { ...map, source: { ...map.source, language: "nl" } };
    const again = imported(exportArgdown(dutch).text).map;
    expect(structureOf(again)).toEqual(structureOf(dutch));
    expect(again.statements).toHaveLength(dutch.statements.length);
    expect(again.source.language).toBe("nl");
  });

  it("a conclusion titled like an inference but in someone's own words stays a statement", () => {
    const input =
      "[c]: Europe must act\n\n<i4>\n\n(1) [p]: Peace is cheap\n(2) [q]: War is dear\n-----\n(3) [i4]: Talks cost nothing\n    -> [c]\n";
    const { map: read } = imported(input);
    expect(read.statements.map((s) => s.text)).toContain("Talks cost nothing");
    const folded = imported(input.replace("Talks cost nothing", "Niet: Europe must act")).map;
    expect(folded.statements.map((s) => s.text)).not.toContain("Niet: Europe must act");
    expect(structureOf(folded)).toEqual(['attack from "Peace is cheap" + "War is dear" to "Europe must act"']);
  });

  it("a one-statement map is one statement line and nothing else", () => {
    expect(exportArgdown(singleStatementMap()).text).toBe("[s1]: A lonely claim\n");
  });
});

describe("Argdown export read by the Argdown command line (`argdown json`)", () => {
  const MAPS = fileURLToPath(new URL("../../../../maps/", import.meta.url));
  const ARGDOWN = fileURLToPath(new URL("../../../../node_modules/.bin/argdown", import.meta.url));
  const MICROTEXTS = fileURLToPath(new URL("../../../../../shared/data/microtexts-en/", import.meta.url));

  /** The built maps always run; the bundled maps in maps/ run when they exist (they are being written). */
  function maps(): [string, ArgumentMap][] {
    const built: [string, ArgumentMap][] = [
      ["sample", sampleMap()],
      ["single", singleStatementMap()],
    ];
    for (const file of readdirSync(MICROTEXTS).filter((f) => f.endsWith(".xml"))) {
      const result = importMicrotext(readFileSync(MICROTEXTS + file, "utf8"), { mapId: "m" });
      if (result.ok) built.push([file.replace(/\.xml$/, ""), result.map]);
    }
    const bundled = readdirSync(MAPS).filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json");
    for (const file of bundled) {
      const read = readMap(readFileSync(MAPS + file, "utf8"));
      if (read.ok) built.push([file.replace(/\.argmap\.json$/, ""), read.value]);
    }
    return built;
  }

  it("reports no errors and the counted statements and relations for every exported map", () => {
    const all = maps();
    const folder = mkdtempSync(join(tmpdir(), "argumap-argdown-"));
    try {
      for (const [name, map] of all) writeFileSync(join(folder, `${name}.argdown`), exportArgdown(map).text);
      const run = spawnSync(ARGDOWN, ["json", join(folder, "*.argdown"), join(folder, "json")], { encoding: "utf8" });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, output).toBe(0);
      expect(output).not.toMatch(/error|canceled/i);
      for (const [name, map] of all) {
        const json = JSON.parse(readFileSync(join(folder, "json", `${name}.json`), "utf8")) as Reference;
        const expected = expectedArgdownCounts(map);
        expect(Object.keys(json.statements), name).toHaveLength(expected.statements);
        expect(json.relations, name).toHaveLength(expected.relations);
      }
      console.log(`argdown json read ${all.length} exported maps without errors`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
