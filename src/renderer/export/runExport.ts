import type { ExportNote, ExportRequest } from "../../contract";
import { activeDoc, activeMap, useApp } from "../store/appStore";

export type ExportOutcome =
  | { kind: "saved"; fileName: string; notes: ExportNote[] }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

/**
 * Export the active map as it is now (unsaved edits included): the workspace makes the file, the shell asks
 * where to save it (Electron's save dialog) or downloads it (web mode). Every failure comes back as a message;
 * nothing in the app changes either way.
 */
export async function runExport(request: ExportRequest): Promise<ExportOutcome> {
  const state = useApp.getState();
  const doc = activeDoc(state);
  const map = activeMap(state);
  if (!state.bridge || !doc || !map) return { kind: "failed", message: "no map is open" };
  try {
    const made = await state.bridge.workspace.exportMap(doc.path, map, request);
    if (!made.ok) return { kind: "failed", message: made.message };
    const where = await state.bridge.shell.saveFile({
      suggestedName: made.fileName,
      mime: made.mime,
      data: made.data,
      encoding: made.encoding,
    });
    if (where === undefined) return { kind: "cancelled" };
    return { kind: "saved", fileName: made.fileName, notes: made.report };
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}
