import { writeFile } from "node:fs/promises";
import path from "node:path";
import { app, type BrowserWindow, dialog } from "electron";
import type { SaveFileRequest } from "../contract/shell";
import type { MainLabels } from "./menuLabels";
import { bytesOf, filtersFor, safeFileName } from "./saveRequest";
import type { UnsavedChoice } from "./unsavedGuard";

/** The native dialogs of the shell, each attached to the window so it is modal to it. */

export async function askToSave(window: BrowserWindow, labels: MainLabels, question: string): Promise<UnsavedChoice> {
  const { response } = await dialog.showMessageBox(window, {
    type: "warning",
    message: question,
    detail: labels.unsavedDetail,
    buttons: [labels.saveButton, labels.dontSaveButton, labels.cancelButton],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  });
  return response === 0 ? "save" : response === 1 ? "discard" : "cancel";
}

/** The folder the user picked, or undefined when they cancelled. */
export async function chooseFolder(window: BrowserWindow, labels: MainLabels, current: string): Promise<string | undefined> {
  const { canceled, filePaths } = await dialog.showOpenDialog(window, {
    title: labels.openFolderTitle,
    buttonLabel: labels.openFolderButton,
    defaultPath: current,
    properties: ["openDirectory", "createDirectory"],
  });
  return canceled ? undefined : filePaths[0];
}

let lastExportFolder: string | undefined;

/** Ask where to save an export and write it there; the path written, or undefined when the user cancelled. */
export async function saveExport(window: BrowserWindow, labels: MainLabels, request: SaveFileRequest): Promise<string | undefined> {
  const name = safeFileName(request.suggestedName);
  const { canceled, filePath } = await dialog.showSaveDialog(window, {
    title: labels.exportTitle,
    defaultPath: path.join(lastExportFolder ?? app.getPath("documents"), name),
    filters: filtersFor(name),
    properties: ["createDirectory", "showOverwriteConfirmation"],
  });
  if (canceled || !filePath) return undefined;
  await writeFile(filePath, bytesOf(request));
  lastExportFolder = path.dirname(filePath);
  return filePath;
}
