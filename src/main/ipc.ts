import { type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent, ipcMain } from "electron";
import { IPC } from "../contract/shell";
import type { WorkspaceCall, WorkspaceReply } from "../contract/workspace";
import type { WorkspaceHandler } from "../workspace";
import { isTrustedSender } from "./appUrl";
import { saveExport } from "./dialogs";
import type { MainLabels } from "./menuLabels";
import { parseSaveFileRequest } from "./saveRequest";

/** What the IPC handlers need from the rest of the shell; read at each call, since window and folder change. */
export interface IpcContext {
  window(): BrowserWindow | undefined;
  workspace(): WorkspaceHandler;
  setDirty(dirty: boolean): void;
  labels: MainLabels;
}

const REFUSED_MESSAGE = "refused: the request did not come from the Argumap window";
const REFUSED: WorkspaceReply = { ok: false, status: 403, message: REFUSED_MESSAGE };

/**
 * The main process's side of the bridge: three channels, each checking its sender first (Electron security
 * checklist, item 17), because any frame that ever ran in the renderer process could send on them.
 */
export function registerIpc(context: IpcContext): void {
  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent): boolean => {
    const window = context.window();
    const mainFrame = window && !window.isDestroyed() ? window.webContents.mainFrame : undefined;
    return isTrustedSender(event.senderFrame, mainFrame);
  };

  // The handler table checks the method and its arguments against the contract before the service runs.
  ipcMain.handle(IPC.workspace, (event, call: unknown): Promise<WorkspaceReply> | WorkspaceReply =>
    trusted(event) ? context.workspace()(call as WorkspaceCall) : REFUSED,
  );

  ipcMain.handle(IPC.saveFile, async (event, value: unknown): Promise<string | undefined> => {
    const window = context.window();
    if (!trusted(event) || window === undefined) throw new Error(REFUSED_MESSAGE);
    const request = parseSaveFileRequest(value);
    if (request === undefined) throw new Error("bad save request: expected suggestedName, mime, data and encoding utf8 or base64");
    return saveExport(window, context.labels, request);
  });

  ipcMain.on(IPC.setDirty, (event, dirty: unknown) => {
    if (trusted(event) && typeof dirty === "boolean") context.setDirty(dirty);
  });
}
