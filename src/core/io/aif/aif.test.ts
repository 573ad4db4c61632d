import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findQuote } from "../../anchor/quote";
import { anchorHolds } from "../../anchor/select";
import type { ArgumentMap } from "../../model/map";
import { readMap } from "../../schema/read";
import type { ReportEntry } from "../report";
import { SAMPLE_TEXT, sampleMap, singleStatementMap, structureOf } from "../sampleMaps";
import { aifOf, checkAif, exportAif, importAif } from ".";
import type { AifDocument } from "./types";

const DATA = fileURLToPath(new URL("../../../../../shared/data/aif/", import.meta.url));
const MAPS = fileURLToPath(new URL("../../../../maps/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const aifFiles = readdirSync(DATA).filter((f) => f.endsWith(".json"));

function imported(json: string, text?: string): { map: ArgumentMap; codes: string[]; report: ReportEntry[] } {
  const result = importAif(json, { mapId: "test", text });
  if (!result.ok) throw new Error(result.error.message);
  return { map: result.map, codes: result.report.map((r) => r.code), report: result.report };
}

/** Node counts by type and edge counts by the types of their ends ("I>RA"): what a round trip must keep. */
function shape(aif: AifDocument): Record<string, number> {
  const types = new Map(aif.nodes.map((n) => [n.nodeID, n.type]));
  const counts: Record<string, number> = {};
  const count = (key: string) => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const n of aif.nodes) count(n.type);
  for (const e of aif.edges) count(`${types.get(e.fromID)}>${types.get(e.toID)}`);
  return counts;
}

describe("AIF import of the AIFdb files in shared/data", () => {
  it.each(aifFiles)("%s: I-nodes become anchored statements, RA and CA nodes inferences", (file) => {
    const json = readFileSync(DATA + file, "utf8");
    const text = readFileSync(DATA + file.replace(/\.json$/, ".txt"), "utf8");
    const aif = JSON.parse(json) as AifDocument;
    const { map, codes } = imported(json, text);
    const count = (type: string) => aif.nodes.filter((n) => n.type === type).length;
    expect(map.statements).toHaveLength(count("I"));
    expect(map.inferences.filter((i) => i.kind === "support")).toHaveLength(count("RA"));
    expect(map.inferences.filter((i) => i.kind === "attack")).toHaveLength(count("CA"));
    expect(map.statements.every((s) => s.anchors.length === 1 && anchorHolds(text, s.anchors[0] as never))).toBe(true);
    expect(codes).toEqual(["language"]);
    expect(map.source.language).toBe("en");
    expect(map.source.author).toBeUndefined();
    expect(map.layout).toEqual({});
  });

  it("a CA-node pointing at another CA-node becomes an attack on that attack (nodeset 6361)", () => {
    const { map } = imported(readFileSync(`${DATA}microtexts-nodeset6361.json`, "utf8"));
    const inferenceIds = new Set(map.inferences.map((i) => i.id));
    const undercut = map.inferences.find((i) => inferenceIds.has(i.target));
    expect(undercut?.kind).toBe("attack");
    expect(undercut?.premises).toHaveLength(2);
    expect(map.inferences.find((i) => i.id === undercut?.target)?.kind).toBe("attack");
  });

  it("an RA-node named after a scheme keeps the name as the inference's note (nodeset 6396)", () => {
    const { map } = imported(readFileSync(`${DATA}microtexts-nodeset6396.json`, "utf8"));
    expect(map.inferences.filter((i) => i.note).map((i) => i.note)).toEqual(["Example"]);
  });

  it.each(aifFiles)("%s: import, export and import again keeps the nodes and edges by type", (file) => {
    const original = JSON.parse(readFileSync(DATA + file, "utf8")) as AifDocument;
    const first = imported(JSON.stringify(original)).map;
    const exported = exportAif(first).text;
    const again = imported(exported).map;
    expect(shape(JSON.parse(exported) as AifDocument)).toEqual(shape(original));
    expect(structureOf(again)).toEqual(structureOf(first));
    expect(again.statements.map((s) => s.text)).toEqual(first.statements.map((s) => s.text));
  });
});

describe("AIF import of an OVA3 file with dialogue", () => {
  const json = readFileSync(`${FIXTURES}ova3-dialogue.json`, "utf8");
  const text = readFileSync(`${FIXTURES}ova3-dialogue.txt`, "utf8");

  it("keeps the OVA positions of I, RA and CA nodes and nothing else", () => {
    const { map } = imported(json, text);
    expect(map.layout).toEqual({ s1: { x: 400, y: 20 }, s2: { x: 200, y: 220 }, i1: { x: 300, y: 120 } });
  });

  it("names the speaker from the participants of the locution L → YA → I", () => {
    const { map } = imported(json, text);
    expect(map.statements.filter((s) => s.speaker).map((s) => [s.text, s.speaker])).toEqual([
      ["We should tax sugar", "Ann Smith"],
      ["A tax hits the poor hardest", "Bob Jones"],
    ]);
  });

  it("anchors by the locution's words when the I-node's wording is not in the text, and reports the rest as implicit", () => {
    const { map, report } = imported(json, text);
    expect(map.statements.slice(0, 3).map((s) => s.anchors[0]?.exact)).toEqual([
      "we should tax sugar",
      "Sugar makes people ill",
      "a tax hits the poor hardest",
    ]);
    // I-nodes that no locution asserts are reconstructions: not found in the text, they are implicit premises.
    expect(report.find((r) => r.code === "implicit")?.ids).toEqual(["6", "14", "16", "18"]);
    expect(report.find((r) => r.code === "quote-not-found")).toBeUndefined();
  });

  it("undercuts an RA-node and keeps its scheme name", () => {
    const { map } = imported(json, text);
    const scheme = map.inferences.find((i) => i.note === "Argument from Consequences");
    expect(map.inferences.find((i) => i.target === scheme?.id)).toMatchObject({ kind: "attack", premises: ["s7"] });
  });

  it("reports the rephrase with its pair, the preference, the dialogue nodes and the dangling edge", () => {
    const { report, map } = imported(json);
    expect(report.find((r) => r.code === "rephrase")?.ids).toEqual(["s2", "s4"]);
    expect(report.find((r) => r.code === "node-not-expressible")?.ids).toEqual(["13"]);
    expect(report.find((r) => r.code === "dialogue")?.message).toMatch(/^read 5 dialogue node/);
    expect(report.find((r) => r.code === "dangling-edge")?.ids).toEqual(["19"]);
    expect(report.map((r) => r.code)).toContain("embedded-text");
    expect(map.inferences).toHaveLength(4);
  });
});

describe("AIF import refuses what is not AIF, saying where", () => {
  it("a JSON syntax error gives its line and column", () => {
    const result = importAif('{\n  "nodes": [\n    { "nodeID": 1, }\n  ]\n}', { mapId: "x" });
    expect(result).toMatchObject({ ok: false, error: { code: "syntax", line: 3 } });
  });

  it("an object without nodes is not AIF", () => {
    expect(importAif('{"statements": []}', { mapId: "x" })).toMatchObject({ ok: false, error: { code: "wrong-format" } });
  });

  it("a node without a type is pointed at", () => {
    const result = importAif('{\n"nodes": [\n {"nodeID": "1", "text": "a"}\n],\n"edges": []\n}', { mapId: "x" });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid", line: 3 } });
    if (!result.ok) expect(result.error.message).toContain("nodes.0.type");
  });

  it("an I-to-I edge, a scheme node without premise and an empty file are reported, not fatal", () => {
    const json = JSON.stringify({
      nodes: [
        { nodeID: "1", type: "I", text: "a" },
        { nodeID: "2", type: "I", text: "b" },
        { nodeID: "3", type: "RA", text: "Default Inference" },
      ],
      edges: [
        { edgeID: "1", fromID: "1", toID: "2" },
        { edgeID: "2", fromID: "3", toID: "2" },
      ],
    });
    const { codes, map } = imported(json);
    expect(codes).toEqual(expect.arrayContaining(["i-to-i-edge", "incomplete-inference"]));
    expect(map.inferences).toEqual([]);
  });
});

describe("AIF export", () => {
  it("writes a locution only for what the text says: L 'Speaker : quoted words' → YA 'Asserting' → I, one per anchor", () => {
    const map = sampleMap();
    const { aif } = aifOf(map);
    const ids = aif.nodes.map((n) => n.nodeID);
    expect(new Set(ids).size).toBe(ids.length);
    const locutions = aif.nodes.filter((n) => n.type === "L");
    const anchors = map.statements.flatMap((s) => s.anchors);
    expect(anchors.length).toBeLessThan(map.statements.length);
    expect(locutions).toHaveLength(anchors.length);
    expect(locutions.map((n) => n.text)).toContain('Jan de Vries : "It costs less than a war,"');
    expect(locutions.map((n) => n.text)).toContain("An Columnist : Europe must build its own defence.");
    expect(locutions.map((n) => n.text).join("\n")).not.toContain("An ally that may leave");
    expect(aif.nodes.filter((n) => n.type === "YA").every((n) => n.text === "Asserting")).toBe(true);
  });

  it("names every locution's speaker as a participant in the locutions table", () => {
    const { aif } = aifOf(sampleMap());
    const names = new Map(aif.participants?.map((p) => [p.participantID, p.firstname]));
    const spoken = aif.locutions.map((l) => [
      aif.nodes.find((n) => n.nodeID === l.nodeID)?.text.split(" : ")[0],
      names.get(l.personID ?? ""),
    ]);
    expect(spoken.every(([prefix, name]) => prefix === name)).toBe(true);
    expect([...names.values()]).toEqual(["An Columnist", "critics", "Jan de Vries"]);
  });

  it("writes no locution for a map without anchors, whoever speaks", () => {
    const { aif } = aifOf(singleStatementMap());
    expect(aif).toEqual({ nodes: [{ nodeID: "1", text: "A lonely claim", type: "I" }], edges: [], locutions: [] });
  });

  it("without an author, the author's words are a locution of no one, and a colon in them is not read as a name", () => {
    const map = sampleMap();
    const found = findQuote(SAMPLE_TEXT, "The United States may not stay: Washington says so itself.");
    if (!found.ok) throw new Error("quote");
    const statements = map.statements.map((s) => (s.id === "s2" ? { ...s, anchors: [found.anchor] } : s));
    const anonymous = { ...map, source: { file: "sample.txt" }, statements };
    const { aif } = aifOf(anonymous);
    expect(aif.nodes.filter((n) => n.type === "L").map((n) => n.text)).toContain(
      "The United States may not stay: Washington says so itself.",
    );
    const again = imported(JSON.stringify(aif), SAMPLE_TEXT).map;
    expect(again.source.author).toBeUndefined();
    expect(again.statements.map((s) => s.speaker)).toEqual(map.statements.map((s) => s.speaker));
    expect(again.statements[1]?.anchors).toEqual([found.anchor]);
  });

  it("reports what AIF cannot hold: the source, the anchors' places, the central claim, tags, notes, layout", () => {
    const { report } = exportAif(sampleMap());
    expect(report.map((r) => r.code)).toEqual(["source", "anchors", "central", "tags", "notes", "layout"]);
    expect(report[0]?.message).toBe(
      'AIF has no place for the source: the map id "sample", the text file name "sample.txt", the title "Europe must defend itself", the date "2025-02" not exported',
    );
  });

  it("reports speakers of unanchored statements, an author too rare to be read back, and notes named like no scheme", () => {
    const map = sampleMap();
    const changed: ArgumentMap = {
      ...map,
      source: { ...map.source, author: "Nobody Here" },
      statements: map.statements.map((s) =>
        s.anchors.length === 0 ? { ...s, speaker: "Ghost" } : { ...s, speaker: s.speaker ?? "Guest" },
      ),
      inferences: map.inferences.map((i, n) => (n === 0 ? { ...i, note: "Default Inference" } : i)),
    };
    const report = exportAif(changed).report;
    expect(report.find((r) => r.code === "speakers")?.ids).toEqual(
      changed.statements.filter((s) => s.anchors.length === 0).map((s) => s.id),
    );
    expect(report.find((r) => r.code === "author")?.message).toBe(
      'AIF has no author, and "Nobody Here" says nothing anchored in the text: the author is not exported',
    );
    expect(report.find((r) => r.code === "inference-notes")?.ids).toEqual(["i1"]);
  });

  it("warns when a quoted speaker of a map without author says more than half: a reader takes them for the author", () => {
    const map = sampleMap();
    const quoted = {
      ...map,
      source: { file: "x.txt" },
      statements: map.statements.map((s) => ({ ...s, speaker: s.speaker ?? "Jan de Vries" })),
    };
    expect(exportAif(quoted).report.find((r) => r.code === "author")?.message).toMatch(/^"Jan de Vries" is the speaker of more than half/);
  });

  it("an undercut is a CA-node pointing at the RA or CA it attacks; linked premises all point at one RA", () => {
    const { aif } = aifOf(sampleMap());
    const s = shape(aif);
    expect(s["CA>RA"]).toBe(2);
    expect(s["CA>CA"]).toBe(1);
    const typeOf = (id: string) => aif.nodes.find((n) => n.nodeID === id)?.type;
    const linked = aif.edges.filter((e) => typeOf(e.fromID) === "I" && typeOf(e.toID) === "RA");
    const premisesPerRa = new Map<string, number>();
    for (const e of linked) premisesPerRa.set(e.toID, (premisesPerRa.get(e.toID) ?? 0) + 1);
    expect([...premisesPerRa.values()].sort()).toEqual([1, 2]);
  });

  it("the sample map survives export and import: structure, notes, speakers, anchors, and the author read back", () => {
    const map = sampleMap();
    const { map: again, report } = imported(exportAif(map).text, SAMPLE_TEXT);
    expect(structureOf(again)).toEqual(structureOf(map));
    expect(again.inferences.map((i) => i.note).filter(Boolean)).toEqual(["together, not apart"]);
    expect(again.statements.map((s) => s.speaker)).toEqual(map.statements.map((s) => s.speaker));
    expect(again.statements.map((s) => s.anchors)).toEqual(map.statements.map((s) => s.anchors));
    expect(again.source.author).toBe("An Columnist");
    expect(report.find((r) => r.code === "author")?.message).toBe(
      'read "An Columnist" as the author: named in 4 of the 6 locutions; the statements they assert have no speaker of their own',
    );
  });
});

describe("checkAif", () => {
  it("finds dangling edges, I-to-I edges, scheme nodes without premise or with two conclusions, and reused ids", () => {
    const problems = checkAif({
      nodes: [
        { nodeID: "1", type: "I", text: "a" },
        { nodeID: "2", type: "I", text: "b" },
        { nodeID: "3", type: "RA", text: "" },
        { nodeID: "4", type: "CA", text: "" },
        { nodeID: "4", type: "I", text: "dup" },
      ],
      edges: [
        { edgeID: "1", fromID: "1", toID: "2", formEdgeID: null },
        { edgeID: "2", fromID: "3", toID: "2", formEdgeID: null },
        { edgeID: "3", fromID: "1", toID: "9", formEdgeID: null },
        { edgeID: "4", fromID: "1", toID: "4", formEdgeID: null },
        { edgeID: "4", fromID: "3", toID: "1", formEdgeID: null },
      ],
      locutions: [],
    });
    expect(problems.map((p) => p.message)).toEqual([
      "node id 4 is used twice",
      "edge 1 runs from an I-node to an I-node",
      "edge 3 joins a node that does not exist",
      "edge 4 runs from an I-node to an I-node",
      "edge id 4 is used twice",
      "RA-node 3 has no premise",
      "RA-node 3 has 2 conclusions, not one",
      "CA-node 4 has 0 conclusions, not one",
    ]);
  });

  it("passes the export of the sample map (undercuts, linked premises, speakers) and of a one-statement map", () => {
    expect(checkAif(aifOf(sampleMap()).aif)).toEqual([]);
    expect(checkAif(aifOf(singleStatementMap()).aif)).toEqual([]);
  });

  it("passes every AIFdb file in shared/data as it is", () => {
    for (const file of aifFiles) expect(checkAif(JSON.parse(readFileSync(DATA + file, "utf8")) as AifDocument)).toEqual([]);
  });

  const bundled = readdirSync(MAPS).filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json");
  it.runIf(bundled.length > 0)(`passes the export of every bundled map (${bundled.length} in maps/ now)`, () => {
    for (const file of bundled) {
      const read = readMap(readFileSync(MAPS + file, "utf8"));
      if (!read.ok) continue; // a map being written right now; the map validator's own tests cover it
      expect(checkAif(aifOf(read.value).aif), file).toEqual([]);
    }
  });
});
