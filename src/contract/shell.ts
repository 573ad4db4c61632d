import type { WorkspaceApi, WorkspaceEvent } from "./workspace";

/**
 * What the window around the app offers, beside the workspace: Electron's native dialogs and menus, or the
 * browser's downloads in web mode. The renderer asks for one of these and never knows which it has.
 */
export interface SaveFileRequest {
  suggestedName: string;
  mime: string;
  /** Text, or bytes encoded as base64 (PNG, PDF). */
  data: string;
  encoding: "utf8" | "base64";
}

export interface ShellApi {
  kind: "electron" | "web";
  /** Ask where to save and save; undefined when the user cancelled. */
  saveFile(request: SaveFileRequest): Promise<string | undefined>;
  /** The app tells the shell whether there are unsaved changes, so closing the window can ask first. */
  setDirty(dirty: boolean): void;
}

/**
 * What the Electron preload puts on `window.argumap`: named functions of the contract, never ipcRenderer.
 * In web mode the renderer builds the same object over HTTP, so the rest of the app cannot tell them apart.
 */
export interface ArgumapBridge {
  workspace: WorkspaceApi;
  shell: ShellApi;
  onWorkspaceEvent(listener: (event: WorkspaceEvent) => void): () => void;
  /** Menu items of the native menu arrive as command ids of the renderer's command registry (e.g. "undo"). */
  onMenuCommand(listener: (command: string) => void): () => void;
}

/** IPC channel names, shared by preload and main so that neither can drift. */
export const IPC = {
  workspace: "argumap:workspace",
  event: "argumap:workspace-event",
  saveFile: "argumap:save-file",
  setDirty: "argumap:set-dirty",
  menu: "argumap:menu",
} as const;
