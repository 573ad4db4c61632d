import type { ArgumentMap } from "../../core";
import { crossFile, loadCrossAuthor, useCross } from "../crossAuthor";
import { useApp } from "../store/appStore";
import { type HandoutFormat, handoutRequestFor } from "./exportChoices";
import { useExport } from "./exportStore";
import type { ExportOutcome } from "./runExport";

export type { HandoutFormat } from "./exportChoices";

/**
 * The class handout of the whole workspace (the issues matrix and the links between the op-eds) from the
 * cross-author file and the maps as the app holds them, unsaved edits included: the workspace makes the file
 * (the PDF needs Node), the shell saves it like any export. The PDF takes the paper last chosen in the export
 * dialog. Loads the cross-author file first if no view has.
 */
export async function runHandoutExport(format: HandoutFormat): Promise<ExportOutcome> {
  const { bridge } = useApp.getState();
  if (!bridge) return { kind: "failed", message: "no workspace is open" };
  try {
    if (useCross.getState().status !== "ready") await loadCrossAuthor();
    const cross = useCross.getState();
    const file = crossFile(cross);
    if (!file) return { kind: "failed", message: cross.error ?? "the cross-author file cannot be read" };
    const maps: Record<string, ArgumentMap> = {};
    for (const [id, loaded] of Object.entries(cross.maps)) maps[id] = loaded.map;
    const made = await bridge.workspace.exportHandout(file, maps, handoutRequestFor(format, useExport.getState().choices));
    if (!made.ok) return { kind: "failed", message: made.message };
    const where = await bridge.shell.saveFile({ suggestedName: made.fileName, mime: made.mime, data: made.data, encoding: made.encoding });
    return where === undefined ? { kind: "cancelled" } : { kind: "saved", fileName: made.fileName, notes: made.report };
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}
