import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serializeMap } from "../core";
import { sha256 } from "./files";
import { createWorkspace } from "./service";
import { makeWorkspace, readSampleText, SAMPLE_TEXT, sampleMap, type TempWorkspace } from "./testing";

const MAP_FILE = "osinga-europa-niet-aan-tafel-2025-02.argmap.json";

describe("the document list", () => {
  let ws: TempWorkspace;
  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(() => ws.remove());

  it("lists the texts sorted by name with their map state, title and statement count, and never the cross-author file", async () => {
    const service = createWorkspace(ws.root);
    await service.saveMap(SAMPLE_TEXT, sampleMap(await readSampleText()), null);
    await writeFile(path.join(ws.root, "workspace.argmap.json"), "{}");
    await writeFile(path.join(ws.root, "notes.md"), "# Notities\n");
    await writeFile(path.join(ws.root, "picture.png"), "");
    const list = await service.listDocuments();
    const names = (await readdir(ws.root)).filter((n) => /\.(txt|md)$/.test(n)).sort();
    expect(list.map((d) => d.path)).toEqual(names);
    expect(list.find((d) => d.path === SAMPLE_TEXT)).toEqual({
      path: SAMPLE_TEXT,
      mapPath: MAP_FILE,
      title: "Europa niet aan tafel",
      mapState: "ok",
      mapId: "osinga",
      statements: 5,
    });
    expect(list.find((d) => d.path === "notes.md")).toMatchObject({ mapState: "none", title: "notes", mapPath: "notes.argmap.json" });
  });

  it("a map whose anchors no longer match its text is listed as stale", async () => {
    const service = createWorkspace(ws.root);
    const text = await readSampleText();
    await service.saveMap(SAMPLE_TEXT, sampleMap(text), null);
    await writeFile(path.join(ws.root, SAMPLE_TEXT), `Een nieuwe eerste alinea.\n\n${text}`);
    const entry = (await service.listDocuments()).find((d) => d.path === SAMPLE_TEXT);
    expect(entry?.mapState).toBe("stale");
  });

  it("a map of a newer version is invalid with code newer-version, and the list shows it invalid", async () => {
    const service = createWorkspace(ws.root);
    const newer = serializeMap(sampleMap(await readSampleText())).replace('"version": 1', '"version": 99');
    await writeFile(path.join(ws.root, MAP_FILE), newer);
    const opened = await service.openDocument(SAMPLE_TEXT);
    expect(opened.map.state).toBe("invalid");
    if (opened.map.state !== "invalid") return;
    expect(opened.map.error.code).toBe("newer-version");
    expect(opened.map.error.message).toMatch(/version 99.*newer Argumap/);
    expect(opened.map.raw).toBe(newer);
    const entry = (await service.listDocuments()).find((d) => d.path === SAMPLE_TEXT);
    expect(entry?.mapState).toBe("invalid");
    expect(entry?.problem).toMatch(/^3:3 .*version 99/);
  });

  it("a malformed map is reported with line and column and is not overwritten by listing or opening", async () => {
    const service = createWorkspace(ws.root);
    const malformed = '{\n  "format": "argumap",\n  "version": 1,,\n}\n';
    await writeFile(path.join(ws.root, MAP_FILE), malformed);
    const entry = (await service.listDocuments()).find((d) => d.path === SAMPLE_TEXT);
    expect(entry).toMatchObject({ mapState: "invalid", problem: expect.stringMatching(/^3:16 invalid JSON/) });
    const opened = await service.openDocument(SAMPLE_TEXT);
    expect(opened.map).toMatchObject({
      state: "invalid",
      raw: malformed,
      revision: sha256(malformed),
      error: { code: "syntax", line: 3, column: 16 },
    });
    expect(await readFile(path.join(ws.root, MAP_FILE), "utf8")).toBe(malformed);
  });
});

describe("opening a document", () => {
  let ws: TempWorkspace;
  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(() => ws.remove());

  it("returns the text, its hash, and a text without a map", async () => {
    const text = await readSampleText();
    const opened = await createWorkspace(ws.root).openDocument(SAMPLE_TEXT);
    expect(opened).toEqual({
      path: SAMPLE_TEXT,
      mapPath: MAP_FILE,
      text,
      textSha256: sha256(text),
      map: { state: "none", revision: null },
    });
  });

  it("re-anchors after a paragraph was inserted at the top: the anchors move, nothing is lost, nothing is written", async () => {
    const service = createWorkspace(ws.root);
    const text = await readSampleText();
    const map = sampleMap(text);
    const saved = await service.saveMap(SAMPLE_TEXT, map, null);
    if (!saved.ok) throw new Error(saved.message);
    const inserted = "Een nieuwe eerste alinea, toegevoegd na het maken van de kaart.\n\n";
    await writeFile(path.join(ws.root, SAMPLE_TEXT), inserted + text);
    const mapBytes = await readFile(path.join(ws.root, MAP_FILE));

    const opened = await service.openDocument(SAMPLE_TEXT);
    if (opened.map.state !== "ok") throw new Error(`map state ${opened.map.state}`);
    const anchored = map.statements.filter((s) => s.anchors.length > 0);
    expect(opened.map.reanchored).toBe(anchored.length);
    expect(opened.map.lost).toEqual([]);
    for (const before of anchored) {
      const after = opened.map.map.statements.find((s) => s.id === before.id)?.anchors[0];
      expect(after?.start).toBe((before.anchors[0]?.start ?? 0) + inserted.length);
      expect(opened.text.slice(after?.start, after?.end)).toBe(before.anchors[0]?.exact);
    }
    expect((await readFile(path.join(ws.root, MAP_FILE))).equals(mapBytes)).toBe(true);
  });

  it("reports anchors whose words were deleted from the text as lost, and keeps them in the map", async () => {
    const service = createWorkspace(ws.root);
    const text = await readSampleText();
    await service.saveMap(SAMPLE_TEXT, sampleMap(text), null);
    await writeFile(path.join(ws.root, SAMPLE_TEXT), text.replace("We moeten de back-up van Amerika hebben", "Geen commentaar"));
    const opened = await service.openDocument(SAMPLE_TEXT);
    if (opened.map.state !== "ok") throw new Error(`map state ${opened.map.state}`);
    expect(opened.map.lost.map((l) => l.statement)).toEqual(["s4"]);
    expect(opened.map.map.statements.find((s) => s.id === "s4")?.anchors).toHaveLength(1);
  });

  it("a missing text is not found", async () => {
    await expect(createWorkspace(ws.root).openDocument("missing.txt")).rejects.toMatchObject({ kind: "not-found" });
  });
});
