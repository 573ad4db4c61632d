import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyCrossAuthorFile, readMap, serializeMap, staleAnchors } from "../core";
import { sha256 } from "./files";
import { createWorkspace } from "./service";
import { makeWorkspace, readSampleText, SAMPLE_TEXT, sampleMap, type TempWorkspace } from "./testing";

const MAP_FILE = "osinga-europa-niet-aan-tafel-2025-02.argmap.json";

describe("saving a map", () => {
  let ws: TempWorkspace;
  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(() => ws.remove());

  it("creates the file beside the text, stamped with the text's name and hash, and leaves no temporary file", async () => {
    const service = createWorkspace(ws.root);
    const text = await readSampleText();
    const result = await service.saveMap(SAMPLE_TEXT, { ...sampleMap(text), source: { file: "elsewhere.txt" } }, null);
    expect(result).toMatchObject({ ok: true, path: MAP_FILE });
    const bytes = await readFile(path.join(ws.root, MAP_FILE));
    expect(result.ok && result.revision).toBe(sha256(bytes));
    const read = readMap(bytes.toString("utf8"));
    expect(read.ok && read.value.source).toEqual({ file: SAMPLE_TEXT, sha256: sha256(text) });
    expect((await readdir(ws.root)).filter((name) => name.startsWith("."))).toEqual([]);
  });

  it("a second save against the new revision succeeds and changes the revision", async () => {
    const service = createWorkspace(ws.root);
    const map = sampleMap(await readSampleText());
    const first = await service.saveMap(SAMPLE_TEXT, map, null);
    if (!first.ok) throw new Error(first.message);
    const second = await service.saveMap(SAMPLE_TEXT, { ...map, statements: map.statements.slice(0, 1), inferences: [] }, first.revision);
    expect(second.ok).toBe(true);
    expect(second.ok && second.revision).not.toBe(first.revision);
  });

  it("a save against a stale revision returns a conflict and leaves the file byte-for-byte untouched", async () => {
    const service = createWorkspace(ws.root);
    const map = sampleMap(await readSampleText());
    const first = await service.saveMap(SAMPLE_TEXT, map, null);
    if (!first.ok) throw new Error(first.message);
    // Someone else edits the file after we read it.
    const theirs = serializeMap({ ...map, statements: [...map.statements], id: "theirs" });
    await writeFile(path.join(ws.root, MAP_FILE), theirs);
    const before = await readFile(path.join(ws.root, MAP_FILE));
    const result = await service.saveMap(SAMPLE_TEXT, map, first.revision);
    expect(result).toMatchObject({ ok: false, reason: "conflict", revision: sha256(before) });
    expect((await readFile(path.join(ws.root, MAP_FILE))).equals(before)).toBe(true);
  });

  it("saving as new (null revision) over an existing file is a conflict, not an overwrite", async () => {
    const service = createWorkspace(ws.root);
    await writeFile(path.join(ws.root, MAP_FILE), "{ not json");
    const result = await service.saveMap(SAMPLE_TEXT, sampleMap(await readSampleText()), null);
    expect(result).toMatchObject({ ok: false, reason: "conflict" });
    expect(await readFile(path.join(ws.root, MAP_FILE), "utf8")).toBe("{ not json");
  });

  it("two saves from the same revision at once: one wins, the other is a conflict", async () => {
    const service = createWorkspace(ws.root);
    const map = sampleMap(await readSampleText());
    const results = await Promise.all([
      service.saveMap(SAMPLE_TEXT, map, null),
      service.saveMap(SAMPLE_TEXT, { ...map, id: "other" }, null),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.reason)).sort()).toEqual(["conflict", "ok"]);
  });

  it("an invalid map is refused with the reason and nothing is written", async () => {
    const service = createWorkspace(ws.root);
    const map = sampleMap(await readSampleText());
    const broken = { ...map, inferences: [{ id: "i9", kind: "support" as const, premises: ["s1"], target: "nowhere" }] };
    const result = await service.saveMap(SAMPLE_TEXT, broken, null);
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(!result.ok && result.message).toContain('target "nowhere"');
    expect(await readdir(ws.root)).not.toContain(MAP_FILE);
  });

  it("saving a copy writes NAME.copy-N.argmap.json beside the text with the first free N", async () => {
    const service = createWorkspace(ws.root);
    const map = sampleMap(await readSampleText());
    const first = await service.saveMapCopy(SAMPLE_TEXT, map);
    const second = await service.saveMapCopy(SAMPLE_TEXT, map);
    expect(first).toMatchObject({ ok: true, path: "osinga-europa-niet-aan-tafel-2025-02.copy-1.argmap.json" });
    expect(second).toMatchObject({ ok: true, path: "osinga-europa-niet-aan-tafel-2025-02.copy-2.argmap.json" });
    const copy = readMap(await readFile(path.join(ws.root, "osinga-europa-niet-aan-tafel-2025-02.copy-1.argmap.json"), "utf8"));
    expect(copy.ok && copy.value.source.file).toBe(SAMPLE_TEXT);
  });

  it("a copy is a map of its own: its id names the copy, so links to the original map do not claim it", async () => {
    const service = createWorkspace(ws.root);
    const map = sampleMap(await readSampleText());
    await service.saveMapCopy(SAMPLE_TEXT, map);
    await service.saveMapCopy(SAMPLE_TEXT, map);
    const idOf = async (file: string) => {
      const read = readMap(await readFile(path.join(ws.root, file), "utf8"));
      return read.ok ? read.value.id : read.error.message;
    };
    expect(await idOf("osinga-europa-niet-aan-tafel-2025-02.copy-1.argmap.json")).toBe(`${map.id}-copy-1`);
    expect(await idOf("osinga-europa-niet-aan-tafel-2025-02.copy-2.argmap.json")).toBe(`${map.id}-copy-2`);
  });

  it("a map whose spans were placed in an older text is refused, and neither the map file nor the text is touched", async () => {
    const service = createWorkspace(ws.root);
    const text = await readSampleText();
    const saved = await service.saveMap(SAMPLE_TEXT, sampleMap(text), null);
    if (!saved.ok) throw new Error(saved.message);
    const opened = await service.openDocument(SAMPLE_TEXT);
    if (opened.map.state !== "ok") throw new Error(`map state ${opened.map.state}`);
    // The text is edited on disk while the map is open; the app still holds offsets into the old text.
    const edited = `Een nieuwe eerste alinea.\n\n${text}`;
    await writeFile(path.join(ws.root, SAMPLE_TEXT), edited);
    const mapBefore = await readFile(path.join(ws.root, MAP_FILE));

    const result = await service.saveMap(SAMPLE_TEXT, opened.map.map, saved.revision);
    expect(result).toMatchObject({ ok: false, reason: "text-changed", textSha256: sha256(edited) });
    expect(!result.ok && result.message).toContain(`${SAMPLE_TEXT} changed on disk`);
    expect((await readFile(path.join(ws.root, MAP_FILE))).equals(mapBefore)).toBe(true);
    expect(await readFile(path.join(ws.root, SAMPLE_TEXT), "utf8")).toBe(edited);
    expect(await service.saveMapCopy(SAMPLE_TEXT, opened.map.map)).toMatchObject({ ok: false, reason: "text-changed" });
  });

  it("once its spans are re-found in the new text, the map saves with that text's fingerprint and every span on its words", async () => {
    const service = createWorkspace(ws.root);
    const text = await readSampleText();
    const saved = await service.saveMap(SAMPLE_TEXT, sampleMap(text), null);
    if (!saved.ok) throw new Error(saved.message);
    const edited = `Een nieuwe eerste alinea.\n\n${text}`;
    await writeFile(path.join(ws.root, SAMPLE_TEXT), edited);
    const opened = await service.openDocument(SAMPLE_TEXT);
    if (opened.map.state !== "ok") throw new Error(`map state ${opened.map.state}`);
    expect(opened.map.map.source.sha256).toBe(sha256(edited));

    const result = await service.saveMap(SAMPLE_TEXT, opened.map.map, saved.revision);
    expect(result.ok).toBe(true);
    const read = readMap(await readFile(path.join(ws.root, MAP_FILE), "utf8"));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.source.sha256).toBe(sha256(edited));
    expect(staleAnchors(read.value, edited)).toEqual([]);
  });

  it("a map cannot be saved for a text that does not exist", async () => {
    const service = createWorkspace(ws.root);
    await expect(service.saveMap("missing.txt", sampleMap(await readSampleText()), null)).rejects.toMatchObject({ kind: "not-found" });
  });
});

describe("the cross-author file", () => {
  let ws: TempWorkspace;
  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(() => ws.remove());

  it("is absent at first, then saved, read back, and guarded by its revision", async () => {
    const service = createWorkspace(ws.root);
    expect(await service.readCrossAuthor()).toEqual({ state: "none", revision: null });
    const file = { ...emptyCrossAuthorFile(), maps: [{ id: "osinga", file: "osinga-europa-niet-aan-tafel-2025-02.argmap.json" }] };
    const saved = await service.saveCrossAuthor(file, null);
    if (!saved.ok) throw new Error(saved.message);
    const read = await service.readCrossAuthor();
    expect(read).toEqual({ state: "ok", file, revision: saved.revision });
    const bytes = await readFile(path.join(ws.root, "workspace.argmap.json"));
    expect(await service.saveCrossAuthor(emptyCrossAuthorFile(), null)).toMatchObject({ ok: false, reason: "conflict" });
    expect((await readFile(path.join(ws.root, "workspace.argmap.json"))).equals(bytes)).toBe(true);
  });

  it("a file whose links name an unknown map is refused as invalid", async () => {
    const service = createWorkspace(ws.root);
    const ref = { map: "ghost", statement: "s1" };
    const file = { ...emptyCrossAuthorFile(), links: [{ id: "l1", from: ref, to: ref, relation: "same" as const }] };
    const result = await service.saveCrossAuthor(file, null);
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(await readdir(ws.root)).not.toContain("workspace.argmap.json");
  });
});
