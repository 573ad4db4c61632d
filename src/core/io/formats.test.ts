import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readMap } from "../schema/read";
import { guessFormat, importAs } from "./formats";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const DATA = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));

describe("guessing the format of a file", () => {
  it.each([
    ["debate.argdown", "[a]: b", "argdown"],
    ["micro_b001.xml", "<?xml version='1.0'?><arggraph id='x'/>", "microtext"],
    ["graph", "  <arggraph id='x'/>", "microtext"],
    ["nodeset.json", '{"nodes": [], "edges": []}', "aif"],
    ["ova.json", '{"AIF": {"nodes": []}, "OVA": {}}', "aif"],
    ["old.json", '{"statements": [], "inferences": []}', "argumap"],
    ["map.json", '{"format": "argumap", "version": 1, "nodes": 1}', "argumap"],
    ["x.argmap.json", "not json at all", "argumap"],
    ["broken.json", '{"nodes": [1,]}', "aif"],
    ["notes.txt", "plain words", undefined],
    ["page.html", "<html></html>", undefined],
  ])("%s with %j is %s", (name, content, format) => {
    expect(guessFormat(name, content)).toBe(format);
  });
});

describe("importing Argumap's own older versions", () => {
  const json = readFileSync(`${FIXTURES}version0.argmap.json`, "utf8");

  it("a version-0 map (no format, version or id; positions on the statements) reads and migrates", () => {
    const read = readMap(json);
    expect(read.ok && read.migratedFrom).toBe(0);
    expect(read.ok && read.value).toMatchObject({
      format: "argumap",
      version: 1,
      id: "kort-stuk",
      layout: { s1: { x: 0, y: 0 }, s2: { x: -120.5, y: 140 }, s3: { x: 160, y: 140 } },
    });
    expect(read.ok && read.value.statements.every((s) => !("x" in s))).toBe(true);
  });

  it("the argumap import keeps the migrated map and reports the migration", () => {
    const result = importAs("argumap", json, { mapId: "ignored" });
    expect(result.ok && result.map.id).toBe("kort-stuk");
    expect(result.ok && result.map.inferences).toEqual([
      { id: "i1", kind: "support", premises: ["s2"], target: "s1" },
      { id: "i2", kind: "attack", premises: ["s3"], target: "i1" },
    ]);
    expect(result.ok && result.report.map((r) => r.code)).toEqual(["migrated"]);
  });

  it("a map of a newer version is refused with its place", () => {
    const result = importAs("argumap", '{\n  "format": "argumap",\n  "version": 99\n}', { mapId: "x" });
    expect(result).toMatchObject({ ok: false, error: { code: "wrong-format", line: 3 } });
  });
});

describe("importAs reaches every format", () => {
  it.each([
    ["aif", "aif/microtexts-nodeset6361.json", 5],
    ["argdown", "argdown/argdown-primer.argdown", 20],
    ["microtext", "microtexts-en/micro_b001.xml", 5],
  ] as const)("%s: %s", (format, file, statements) => {
    const result = importAs(format, readFileSync(DATA + file, "utf8"), { mapId: "m" });
    expect(result.ok && result.map.statements).toHaveLength(statements);
  });
});
