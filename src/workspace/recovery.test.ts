import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Recovery } from "../contract";
import { createWorkspace } from "./service";
import { makeWorkspace, readSampleText, SAMPLE_TEXT, sampleMap, type TempWorkspace } from "./testing";

describe("recovery of unsaved edits", () => {
  let ws: TempWorkspace;
  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(() => ws.remove());

  it("round-trips: written, read back as it was, cleared", async () => {
    const service = createWorkspace(ws.root);
    const recovery: Recovery = {
      path: SAMPLE_TEXT,
      map: sampleMap(await readSampleText()),
      baseRevision: null,
      savedAt: "2025-03-01T10:00:00Z",
    };
    const other: Recovery = { ...recovery, path: "sub/b.txt", baseRevision: "a".repeat(64) };
    await service.writeRecovery(recovery);
    await service.writeRecovery(other);
    expect(await readdir(path.join(ws.root, ".argumap", "recovery"))).toEqual([`${SAMPLE_TEXT}.json`, "sub%2Fb.txt.json"]);
    expect(await service.readRecoveries()).toEqual([recovery, other]);
    await service.clearRecovery(SAMPLE_TEXT);
    expect(await service.readRecoveries()).toEqual([other]);
    await service.clearRecovery(SAMPLE_TEXT);
  });

  it("is empty before anything was written, and skips a damaged recovery file", async () => {
    const service = createWorkspace(ws.root);
    expect(await service.readRecoveries()).toEqual([]);
    await service.writeRecovery({ path: SAMPLE_TEXT, map: sampleMap(await readSampleText()), baseRevision: null, savedAt: "now" });
    await writeFile(path.join(ws.root, ".argumap", "recovery", "broken.json"), "{");
    expect((await service.readRecoveries()).map((r) => r.path)).toEqual([SAMPLE_TEXT]);
  });

  it("refuses a recovery for a path outside the workspace", async () => {
    const service = createWorkspace(ws.root);
    const map = sampleMap(await readSampleText());
    await expect(service.writeRecovery({ path: "../x.txt", map, baseRevision: null, savedAt: "now" })).rejects.toMatchObject({
      kind: "refused",
    });
  });
});
