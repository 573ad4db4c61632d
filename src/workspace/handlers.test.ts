import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WorkspaceCall } from "../contract";
import { createWorkspaceHandlers } from "./handlers";
import { makeWorkspace, readSampleText, SAMPLE_TEXT, sampleMap, type TempWorkspace } from "./testing";

describe("the handler table", () => {
  let ws: TempWorkspace;
  beforeEach(async () => {
    ws = await makeWorkspace();
  });
  afterEach(() => ws.remove());

  it.each([
    ["a missing argument", { method: "openDocument", args: [] }],
    ["a number for a path", { method: "openDocument", args: [42] }],
    ["args that are not an array", { method: "listDocuments", args: "all" }],
    ["a map of the wrong shape", { method: "saveMap", args: [SAMPLE_TEXT, { format: "argumap" }, null] }],
    ["an unknown method", { method: "deleteEverything", args: [] }],
    ["no call at all", null],
  ])("rejects %s with 400 and a message", async (_name, call) => {
    const reply = await createWorkspaceHandlers(ws.root)(call as WorkspaceCall);
    expect(reply).toMatchObject({ ok: false, status: 400 });
    expect(!reply.ok && reply.message).toMatch(/^(bad arguments for|unknown method)/);
  });

  it("answers a refused path with 403 and a missing file with 404, without a stack", async () => {
    const handle = createWorkspaceHandlers(ws.root);
    const refused = await handle({ method: "openDocument", args: ["../secret.txt"] });
    expect(refused).toMatchObject({ ok: false, status: 403, message: expect.stringContaining("leaves the workspace") });
    const missing = await handle({ method: "openDocument", args: ["missing.txt"] });
    expect(missing).toMatchObject({ ok: false, status: 404 });
    expect(JSON.stringify([refused, missing])).not.toMatch(/\n\s+at /);
  });

  it("answers a folder that does not exist with 500 and a readable message", async () => {
    const reply = await createWorkspaceHandlers(`${ws.root}/nope`)({ method: "listDocuments", args: [] });
    expect(reply).toMatchObject({ ok: false, status: 500, message: expect.stringContaining("cannot be opened") });
  });

  it("calls the service with valid arguments: save, then list and open", async () => {
    const handle = createWorkspaceHandlers(ws.root);
    const saved = await handle({ method: "saveMap", args: [SAMPLE_TEXT, sampleMap(await readSampleText()), null] });
    expect(saved).toMatchObject({ ok: true, value: { ok: true } });
    const listed = await handle({ method: "listDocuments", args: [] });
    expect(listed.ok && (listed.value as { mapState: string }[]).filter((d) => d.mapState === "ok")).toHaveLength(1);
    expect(await handle({ method: "clearRecovery", args: [SAMPLE_TEXT] })).toEqual({ ok: true, value: null });
    expect(await handle({ method: "info", args: [] })).toEqual({
      ok: true,
      value: { name: ws.root.split("/").pop(), crossAuthorPath: "workspace.argmap.json" },
    });
  });
});
