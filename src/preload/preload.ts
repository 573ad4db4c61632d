import { contextBridge, type IpcRendererEvent, ipcRenderer } from "electron";
import { type ArgumapBridge, IPC, type SaveFileRequest } from "../contract/shell";
import {
  WORKSPACE_METHODS,
  type WorkspaceApi,
  type WorkspaceEvent,
  type WorkspaceMethod,
  type WorkspaceReply,
} from "../contract/workspace";

/**
 * The bridge on window.argumap: one named function per method of the workspace contract, two shell functions
 * and two subscriptions, never ipcRenderer or a channel of the page's choosing (Electron security checklist,
 * items 3 and 20). It runs sandboxed, so it is bundled into one CommonJS file that requires only "electron";
 * it imports the contract's files directly, not its index, which would pull in the schema validators.
 */

async function call(method: WorkspaceMethod, args: unknown[]): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(IPC.workspace, { method, args })) as WorkspaceReply;
  if (!reply.ok) throw new Error(reply.message);
  return reply.value;
}

const workspace = Object.fromEntries(
  WORKSPACE_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
) as unknown as WorkspaceApi;

/** Listen on one of our channels; the page gets the payload only, never Electron's event with its sender. */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge: ArgumapBridge = {
  workspace,
  shell: {
    kind: "electron",
    saveFile: (request: SaveFileRequest) => ipcRenderer.invoke(IPC.saveFile, request) as Promise<string | undefined>,
    setDirty: (dirty: boolean) => ipcRenderer.send(IPC.setDirty, dirty === true),
  },
  onWorkspaceEvent: (listener: (event: WorkspaceEvent) => void) => subscribe(IPC.event, listener),
  onMenuCommand: (listener: (command: string) => void) => subscribe(IPC.menu, listener),
};

contextBridge.exposeInMainWorld("argumap", bridge);
