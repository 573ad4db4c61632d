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
