import path from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { type ArgumapBridge, IPC, WORKSPACE_METHODS } from "../contract";

/**
 * The preload as Electron's sandbox runs it: one CommonJS file, bundled as scripts/build-node.mjs bundles it,
 * evaluated with a require that knows only "electron" (a stand-in recording what the bridge sends).
 */
type Listener = (event: unknown, payload: unknown) => void;

const ipc = {
  invoked: [] as [string, unknown][],
  sent: [] as [string, unknown][],
  listeners: new Map<string, Set<Listener>>(),
  replies: [] as unknown[],
};
const exposed = new Map<string, unknown>();

const fakeElectron = {
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (channel: string, payload: unknown) => {
      ipc.invoked.push([channel, payload]);
      return ipc.replies.shift();
    },
    send: (channel: string, payload: unknown) => ipc.sent.push([channel, payload]),
    on: (channel: string, listener: Listener) => {
      const set = ipc.listeners.get(channel) ?? new Set();
      set.add(listener);
      ipc.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) => ipc.listeners.get(channel)?.delete(listener),
  },
};

const required: string[] = [];
let bridge: ArgumapBridge;

beforeAll(async () => {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, "preload.ts")],
    bundle: true,
    write: false,
    format: "cjs",
    platform: "browser",
    external: ["electron"],
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  const fakeRequire = (name: string) => {
    required.push(name);
    if (name !== "electron") throw new Error(`a sandboxed preload cannot require ${name}`);
    return fakeElectron;
  };
  const module = { exports: {} };
  new Function("require", "module", "exports", code)(fakeRequire, module, module.exports);
  bridge = exposed.get("argumap") as ArgumapBridge;
});

function emit(channel: string, payload: unknown): void {
  for (const listener of ipc.listeners.get(channel) ?? []) listener({ sender: "the event Electron passes" }, payload);
}

describe("the preload bridge", () => {
  it("requires nothing but electron and exposes only window.argumap", () => {
    expect(required).toEqual(["electron"]);
    expect([...exposed.keys()]).toEqual(["argumap"]);
    expect(Object.keys(bridge).sort()).toEqual(["onMenuCommand", "onWorkspaceEvent", "shell", "workspace"]);
    expect(Object.keys(bridge.workspace).sort()).toEqual([...WORKSPACE_METHODS].sort());
    expect(bridge.shell.kind).toBe("electron");
  });

  it("carries a workspace call over IPC as its method and arguments, and unwraps the value", async () => {
    ipc.replies.push({ ok: true, value: { path: "a.txt" } });
    await expect(bridge.workspace.openDocument("a.txt")).resolves.toEqual({ path: "a.txt" });
    expect(ipc.invoked.at(-1)).toEqual([IPC.workspace, { method: "openDocument", args: ["a.txt"] }]);
  });

  it("turns a refused reply into an Error with the service's message", async () => {
    ipc.replies.push({ ok: false, status: 403, message: 'refused path "../x.txt": it leaves the workspace' });
    await expect(bridge.workspace.openDocument("../x.txt")).rejects.toThrow('refused path "../x.txt": it leaves the workspace');
  });

  it("asks the shell to save an export and reports unsaved state as a plain boolean", async () => {
    ipc.replies.push("/home/ann/map.svg");
    const request = { suggestedName: "map.svg", mime: "image/svg+xml", data: "<svg/>", encoding: "utf8" as const };
    await expect(bridge.shell.saveFile(request)).resolves.toBe("/home/ann/map.svg");
    expect(ipc.invoked.at(-1)).toEqual([IPC.saveFile, request]);
    bridge.shell.setDirty(true);
    bridge.shell.setDirty("yes" as unknown as boolean);
    expect(ipc.sent).toEqual([
      [IPC.setDirty, true],
      [IPC.setDirty, false],
    ]);
  });

  it("passes menu commands and workspace events to listeners without Electron's event, until unsubscribed", () => {
    const commands: unknown[] = [];
    const events: unknown[] = [];
    const stopCommands = bridge.onMenuCommand((command) => commands.push(command));
    const stopEvents = bridge.onWorkspaceEvent((event) => events.push(event));
    emit(IPC.menu, "save");
    emit(IPC.event, { kind: "changed", path: "a.txt" });
    stopCommands();
    stopEvents();
    emit(IPC.menu, "undo");
    emit(IPC.event, { kind: "removed", path: "a.txt" });
    expect(commands).toEqual(["save"]);
    expect(events).toEqual([{ kind: "changed", path: "a.txt" }]);
    expect(ipc.listeners.get(IPC.menu)?.size).toBe(0);
  });
});
