import { describe, expect, it } from "vitest";
import { addStatement, connect } from "../commands";
import { emptyCrossAuthorFile, emptyMap } from "../model";
import { checkedMapFile, readCrossAuthorFile, readMap } from "./read";
import { serializeMap } from "./write";

function sampleMap() {
  let map = emptyMap("sample", { file: "sample.txt" });
  for (const text of ["Europa moet zelf zijn veiligheid regelen", "De VS trekken zich terug"]) {
    const r = addStatement(map, { text });
    if (!r.ok) throw new Error(r.problem);
    map = r.map;
  }
  const linked = connect(map, { kind: "support", premises: ["s2"], target: "s1" });
  if (!linked.ok) throw new Error(linked.problem);
  return linked.map;
}

describe("readMap", () => {
  it("reads back exactly what serializeMap wrote", () => {
    const map = sampleMap();
    const read = readMap(serializeMap(map));
    expect(read).toEqual({ ok: true, value: map });
  });

  it("writes stable, readable files: schema key order, two-space indent, final newline", () => {
    const text = serializeMap(sampleMap());
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toBe('  "format": "argumap",');
    expect(Object.keys(JSON.parse(text))).toEqual(["format", "version", "id", "source", "statements", "inferences", "layout"]);
  });

  it("refuses a map of a newer version with a message that says what to do", () => {
    const text = serializeMap(sampleMap()).replace('"version": 1', '"version": 7');
    const read = readMap(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe("newer-version");
    expect(read.error.message).toMatch(/version 7.*newer Argumap.*Update Argumap/);
    expect(read.error.line).toBe(3);
  });

  it("reports a syntax error with its line and column", () => {
    const read = readMap('{\n  "format": "argumap",\n  "version": 1,,\n}');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe("syntax");
    expect([read.error.line, read.error.column]).toEqual([3, 16]);
  });

  it("points at a premise that is not a statement of the map", () => {
    const text = serializeMap(sampleMap()).replace('"s2"\n', '"s9"\n');
    const read = readMap(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.code).toBe("invalid");
    expect(read.error.message).toContain('premise "s9" is not a statement');
    expect(text.split("\n")[read.error.line - 1]).toContain('"s9"');
  });

  it("reports a misspelt key instead of dropping it", () => {
    const text = serializeMap(sampleMap()).replace('"text": "De VS', '"txet": "x", "text": "De VS');
    const read = readMap(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toMatch(/txet/);
  });

  it("migrates an unversioned map (version 0) and moves inline positions into the layout", () => {
    const v0 = JSON.stringify({
      source: { file: "Oud stuk.txt" },
      statements: [{ id: "s1", text: "Oud", anchors: [], x: 10, y: 20 }],
      inferences: [],
    });
    const read = readMap(v0);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(0);
    expect(read.value.id).toBe("oud-stuk");
    expect(read.value.layout).toEqual({ s1: { x: 10, y: 20 } });
  });

  it("refuses a file of another format", () => {
    const read = readMap('{"format": "aif", "version": 1}');
    expect(read.ok ? "" : read.error.code).toBe("wrong-format");
  });
});

describe("checkedMapFile (what a save writes)", () => {
  it("gives the same text as serializeMap for a valid map", () => {
    const map = sampleMap();
    expect(checkedMapFile(map)).toEqual({ ok: true, content: serializeMap(map) });
  });

  it("gives the problems, and no text, for a map that breaks a rule beyond its shape", () => {
    const map = sampleMap();
    const broken = { ...map, inferences: [{ id: "i9", kind: "support" as const, premises: ["s404"], target: "s1" }] };
    const checked = checkedMapFile(broken);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.problems.map((p) => p.message).join(" ")).toContain("s404");
  });
});

describe("readCrossAuthorFile", () => {
  it("round-trips an empty file and refuses a link to an unknown map", () => {
    const file = emptyCrossAuthorFile();
    expect(readCrossAuthorFile(JSON.stringify(file)).ok).toBe(true);
    const bad = {
      ...file,
      links: [{ id: "l1", from: { map: "a", statement: "s1" }, to: { map: "b", statement: "s1" }, relation: "same" }],
    };
    const read = readCrossAuthorFile(JSON.stringify(bad, null, 2));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toContain('unknown map "a"');
  });
});
