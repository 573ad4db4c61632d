import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WorkspaceEvent } from "../contract";
import { createWorkspace } from "./service";
import { makeWorkspace, readSampleText, SAMPLE_TEXT, sampleMap, type TempWorkspace } from "./testing";
import { watchWorkspace } from "./watch";

function until(events: WorkspaceEvent[], predicate: (e: WorkspaceEvent) => boolean, ms = 3000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (events.some(predicate)) resolve();
      else if (Date.now() - started > ms) reject(new Error(`no such event in ${JSON.stringify(events)}`));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

describe("watching a workspace", () => {
  let ws: TempWorkspace;
  let stop: (() => void) | undefined;
  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(async () => {
    stop?.();
    await ws.remove();
  });

  it("reports added, changed and removed files, debounced to one event per file", async () => {
    const events: WorkspaceEvent[] = [];
    // Long enough that two writes in a row fall into one window even on a busy machine.
    stop = watchWorkspace(ws.root, (e) => events.push(e), { debounceMs: 250 });
    await new Promise((r) => setTimeout(r, 50));
    await writeFile(path.join(ws.root, "new.txt"), "Een.");
    await until(events, (e) => e.kind === "added" && e.path === "new.txt");
    await writeFile(path.join(ws.root, SAMPLE_TEXT), "Anders.");
    await writeFile(path.join(ws.root, SAMPLE_TEXT), "Nog anders.");
    await until(events, (e) => e.kind === "changed" && e.path === SAMPLE_TEXT);
    await rm(path.join(ws.root, "new.txt"));
    await until(events, (e) => e.kind === "removed" && e.path === "new.txt");
    expect(events.filter((e) => e.path === SAMPLE_TEXT)).toHaveLength(1);
  });

  it("reports a save as a change of the map, never its temporary file or the .argumap folder", async () => {
    const events: WorkspaceEvent[] = [];
    stop = watchWorkspace(ws.root, (e) => events.push(e), { debounceMs: 50 });
    await new Promise((r) => setTimeout(r, 50));
    const service = createWorkspace(ws.root);
    const map = sampleMap(await readSampleText());
    await service.saveMap(SAMPLE_TEXT, map, null);
    await mkdir(path.join(ws.root, ".argumap"), { recursive: true });
    await service.writeRecovery({ path: SAMPLE_TEXT, map, baseRevision: null, savedAt: "now" });
    await until(events, (e) => e.path === "osinga-europa-niet-aan-tafel-2025-02.argmap.json");
    await new Promise((r) => setTimeout(r, 200));
    expect(events).toEqual([{ kind: "added", path: "osinga-europa-niet-aan-tafel-2025-02.argmap.json" }]);
  });

  it("reports nothing after it was stopped", async () => {
    const events: WorkspaceEvent[] = [];
    watchWorkspace(ws.root, (e) => events.push(e), { debounceMs: 20 })();
    await writeFile(path.join(ws.root, "late.txt"), "Te laat.");
    await new Promise((r) => setTimeout(r, 150));
    expect(events).toEqual([]);
  });
});
