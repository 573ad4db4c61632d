import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyCrossAuthorFile, serializeCrossAuthorFile, serializeMap } from "../../core";
import { makeWorkspace, readSampleText, SAMPLE_TEXT, sampleMap, type TempWorkspace } from "../../workspace/testing";
import { EXIT, runCaptured } from "../testing";

const MAP_FILE = "osinga-europa-niet-aan-tafel-2025-02.argmap.json";

describe("argumap validate", () => {
  let ws: TempWorkspace;
  let text: string;
  beforeEach(async () => {
    ws = await makeWorkspace();
    text = await readSampleText();
  });
  afterEach(() => ws.remove());

  it("a good map beside its text: no output on stdout, exit 0", async () => {
    await writeFile(path.join(ws.root, MAP_FILE), serializeMap(sampleMap(text)));
    const run = await runCaptured(["validate", MAP_FILE], ws.root);
    expect(run).toEqual({ code: EXIT.ok, stdout: "", stderr: "1 file checked, 0 problems\n" });
  });

  it("a malformed JSON map: file:line:column: message, exit 1", async () => {
    await writeFile(path.join(ws.root, MAP_FILE), '{\n  "format": "argumap",\n  "version": 1\n  "id": "x"\n}\n');
    const run = await runCaptured(["validate", MAP_FILE], ws.root);
    expect(run.code).toBe(EXIT.problems);
    expect(run.stdout).toBe(`${MAP_FILE}:4:3: invalid JSON: comma expected\n`);
  });

  it("every schema problem is its own line, at the place of the value", async () => {
    const map = sampleMap(text);
    const json = serializeMap(map).replace('"id": "s2"', '"id": "2s"').replace('"kind": "attack"', '"kind": "rebut"');
    await writeFile(path.join(ws.root, MAP_FILE), json);
    const run = await runCaptured(["validate", MAP_FILE], ws.root);
    expect(run.code).toBe(EXIT.problems);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(2);
    const idLine = json.split("\n").findIndex((l) => l.includes('"id": "2s"')) + 1;
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${MAP_FILE.replace(/\./g, "\\.")}:${idLine}:\\d+: statements\\[1\\]\\.id: `)),
    );
    expect(lines.some((l) => l.includes("inferences[1].kind"))).toBe(true);
  });

  it("a map of a newer version is reported at its version field, exit 1", async () => {
    await writeFile(path.join(ws.root, MAP_FILE), serializeMap(sampleMap(text)).replace('"version": 1', '"version": 99'));
    const run = await runCaptured(["validate", MAP_FILE], ws.root);
    expect(run.code).toBe(EXIT.problems);
    expect(run.stdout).toMatch(new RegExp(`^${MAP_FILE.replace(/\./g, "\\.")}:3:3: .*version 99`));
  });

  it("a missing file is a usage error, exit 2, and the other paths are still checked", async () => {
    await writeFile(path.join(ws.root, MAP_FILE), "{");
    const run = await runCaptured(["validate", "missing.argmap.json", MAP_FILE], ws.root);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("missing.argmap.json: no such file or folder");
    expect(run.stdout).toMatch(/^osinga.*:1:2: invalid JSON/);
  });

  it("no PATH at all is a usage error", async () => {
    expect((await runCaptured(["validate"], ws.root)).code).toBe(EXIT.usage);
  });

  it("reports anchors that no longer match the text, at the anchor, saying whether the words moved or are gone", async () => {
    await writeFile(path.join(ws.root, MAP_FILE), serializeMap(sampleMap(text)));
    const changed = `Een nieuwe alinea.\n\n${text.replace("We moeten de back-up van Amerika hebben", "Geen commentaar")}`;
    await writeFile(path.join(ws.root, SAMPLE_TEXT), changed);
    const run = await runCaptured(["validate", "."], ws.root);
    expect(run.code).toBe(EXIT.problems);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.filter((l) => l.includes("moved to"))).toHaveLength(3);
    expect(lines.filter((l) => l.includes("is no longer in"))).toEqual([expect.stringContaining("statement s4: stale anchor")]);
    const json = await readFile(path.join(ws.root, MAP_FILE), "utf8");
    const [, line] = /:(\d+):\d+: statement s1/.exec(lines.join("\n")) ?? [];
    expect(json.split("\n")[Number(line) - 1]).toContain("{");
  });

  it("reports a missing source text", async () => {
    await writeFile(path.join(ws.root, MAP_FILE), serializeMap({ ...sampleMap(text), source: { file: "gone.txt" } }));
    const run = await runCaptured(["validate", MAP_FILE], ws.root);
    expect(run.code).toBe(EXIT.problems);
    expect(run.stdout).toMatch(/:\d+:\d+: source text "gone.txt" not found beside the map\n$/);
  });

  it("searches folders for maps and the cross-author file, and checks the statements its links name", async () => {
    await mkdir(path.join(ws.root, "sub"));
    await writeFile(path.join(ws.root, MAP_FILE), serializeMap(sampleMap(text)));
    const file = {
      ...emptyCrossAuthorFile(),
      maps: [
        { id: "osinga", file: MAP_FILE },
        { id: "other", file: "other.argmap.json" },
      ],
      links: [{ id: "l1", from: { map: "osinga", statement: "s1" }, to: { map: "osinga", statement: "s99" }, relation: "same" as const }],
    };
    await writeFile(path.join(ws.root, "workspace.argmap.json"), serializeCrossAuthorFile(file));
    const run = await runCaptured(["validate", ws.root], "/");
    expect(run.code).toBe(EXIT.problems);
    const shown = path.join(ws.root, "workspace.argmap.json");
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^${shown}:\\d+:\\d+: map "other": other\\.argmap\\.json not found$`)),
      expect.stringMatching(new RegExp(`^${shown}:\\d+:\\d+: map "osinga" has no statement "s99"$`)),
    ]);
    expect(run.stderr).toBe("2 files checked, 2 problems\n");
  });

  it("reports progress on stderr for a batch of more than a few files, and keeps stdout for problems", async () => {
    for (let n = 1; n <= 6; n++)
      await writeFile(path.join(ws.root, `m${n}.argmap.json`), serializeMap({ ...sampleMap(text), source: { file: SAMPLE_TEXT } }));
    const run = await runCaptured(["validate", "."], ws.root);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("validating 6/6: m6.argmap.json");
  });
});
