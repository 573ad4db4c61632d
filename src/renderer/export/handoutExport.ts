import { type ArgumentMap, handoutHtml, handoutMarkdown } from "../../core";
import { crossFile, loadCrossAuthor, useCross } from "../crossAuthor";
import { useApp } from "../store/appStore";
import type { ExportOutcome } from "./runExport";

export type HandoutFormat = "handout-html" | "handout-md";

/**
 * The class handout of the whole workspace (the issues matrix and the links between the op-eds), made in the
 * page from the cross-author file and the maps as the app holds them, unsaved edits included, by core's pure
 * handout functions; the shell then saves it like any export. Loads the cross-author file first if no view has.
 */
export async function runHandoutExport(format: HandoutFormat): Promise<ExportOutcome> {
  const { bridge, info } = useApp.getState();
  if (!bridge) return { kind: "failed", message: "no workspace is open" };
  try {
    if (useCross.getState().status !== "ready") await loadCrossAuthor();
    const cross = useCross.getState();
    const file = crossFile(cross);
    if (!file) return { kind: "failed", message: cross.error ?? "the cross-author file cannot be read" };
    const maps: Record<string, ArgumentMap> = {};
    for (const [id, loaded] of Object.entries(cross.maps)) maps[id] = loaded.map;
    const html = format === "handout-html";
    const fileName = `${info?.name || "workspace"}.handout.${html ? "html" : "md"}`;
    const data = html ? handoutHtml(file, maps) : handoutMarkdown(file, maps);
    const where = await bridge.shell.saveFile({
      suggestedName: fileName,
      mime: html ? "text/html" : "text/markdown",
      data,
      encoding: "utf8",
    });
    return where === undefined ? { kind: "cancelled" } : { kind: "saved", fileName, notes: [] };
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}
