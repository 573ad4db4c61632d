import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { type ArgumentMap, anchorHolds, readCrossAuthorFile, readMap } from "../src/core";
import { anchorDraft } from "./build";
import { checkCrossAuthorRefs } from "./crossRefs";
import { DRAFT_IDS, type Draft, mapFileOf } from "./drafts";

const mapsDir = join(import.meta.dirname, "..", "maps");
const draftsDir = join(import.meta.dirname, "drafts");

function bundledMaps(): { file: string; map: ArgumentMap; text: string }[] {
  return readdirSync(mapsDir)
    .filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json")
    .map((file) => {
      const read = readMap(readFileSync(join(mapsDir, file), "utf8"));
      if (!read.ok) throw new Error(`${file}:${read.error.line}:${read.error.column}: ${read.error.message}`);
      return { file, map: read.value, text: readFileSync(join(mapsDir, read.value.source.file), "utf8") };
    });
}

const schemaDir = join(import.meta.dirname, "..", "schema");
const ajv = new Ajv2020({ strict: false });
const validateMapFile = ajv.compile(JSON.parse(readFileSync(join(schemaDir, "argmap.schema.json"), "utf8")));
const validateCrossFile = ajv.compile(JSON.parse(readFileSync(join(schemaDir, "workspace.schema.json"), "utf8")));

describe("the bundled workspace", () => {
  it("validates against the committed JSON Schemas, maps and cross-author file alike", () => {
    for (const file of readdirSync(mapsDir).filter((f) => f.endsWith(".argmap.json"))) {
      const json = JSON.parse(readFileSync(join(mapsDir, file), "utf8"));
      const validate = file === "workspace.argmap.json" ? validateCrossFile : validateMapFile;
      expect(validate(json), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("has a valid map beside each of the five texts", () => {
    const texts = readdirSync(mapsDir).filter((f) => f.endsWith(".txt"));
    expect(texts).toHaveLength(5);
    expect(
      bundledMaps()
        .map((m) => m.file)
        .sort(),
    ).toEqual(texts.map(mapFileOf).sort());
  });

  it.each(bundledMaps().map((m) => [m.file, m] as const))("%s: every anchor's quote is the text at its offsets", (_, { map, text }) => {
    for (const s of map.statements) for (const a of s.anchors) expect(anchorHolds(text, a), `${s.id} “${a.exact}”`).toBe(true);
  });

  it.each(bundledMaps().map((m) => [m.file, m] as const))(
    "%s: has one central claim, and statements without a span are marked implicit",
    (_, { map }) => {
      expect(map.statements.filter((s) => s.central)).toHaveLength(1);
      for (const s of map.statements.filter((x) => x.anchors.length === 0)) expect(s.note ?? "", s.id).toMatch(/impliciet|implicit/i);
      expect(map.statements.filter((s) => s.anchors.length > 0).length).toBeGreaterThan(map.statements.length * 0.85);
    },
  );

  it.each(bundledMaps().map((m) => [m.file, m] as const))("%s: every statement and inference has a saved position", (_, { map }) => {
    for (const id of [...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)]) expect(map.layout[id], id).toBeDefined();
  });

  it("says in each map what its draft says (maps are regenerated from drafts, never typed as offsets)", () => {
    for (const id of DRAFT_IDS) {
      const draft = JSON.parse(readFileSync(join(draftsDir, `${id}.draft.json`), "utf8")) as Draft;
      const text = readFileSync(join(mapsDir, draft.text), "utf8");
      const built = anchorDraft(draft, text);
      expect(built.problems).toEqual([]);
      const onDisk = bundledMaps().find((m) => m.map.id === id)?.map;
      expect({ ...onDisk, layout: {} }).toEqual({ ...built.map, layout: {} });
    }
  });

  it("has a cross-author file whose every link and position points at an anchored statement", () => {
    const read = readCrossAuthorFile(readFileSync(join(mapsDir, "workspace.argmap.json"), "utf8"));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const maps = bundledMaps().map((m) => m.map);
    expect(checkCrossAuthorRefs(read.value, maps)).toEqual([]);
    expect(read.value.issues.length).toBeGreaterThanOrEqual(6);
    for (const issue of read.value.issues) expect(issue.positions.map((p) => p.map).sort()).toEqual(maps.map((m) => m.id).sort());
  });
});
