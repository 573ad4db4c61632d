import type { ExportRequest, ExportResult, HandoutRequest } from "../../contract";
import { type ArgumentMap, type CrossAuthorFile, validateMap } from "../../core";
import { readText } from "../documents";
import type { Place } from "../place";
import type { ExportOptions } from "./formats";
import { type ExportedFile, exportHandout, exportMap } from "./index";

/** Text formats travel as text; PNG and PDF as base64, since the transports carry JSON. */
const BINARY_MIMES = new Set(["image/png", "application/pdf"]);

/**
 * The app's export: the map the app holds (unsaved edits included, so it comes with the call) with the text
 * read from the workspace, through the same exportMap as the CLI. A map that is not valid, or a selection that
 * names statements the map lacks, comes back as a reason, never as a half-made file.
 */
export async function exportForApp(place: Place, textPath: string, map: ArgumentMap, request: ExportRequest): Promise<ExportResult> {
  const problems = validateMap(map);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
    return { ok: false, reason: "invalid", message: `the map is not valid: ${shown.join("; ")}` };
  }
  const known = new Set(map.statements.map((s) => s.id));
  const named = [...(request.selection ?? []), ...(Array.isArray(request.blank) ? request.blank : [])];
  const unknown = [...new Set(named.filter((id) => !known.has(id)))];
  if (unknown.length > 0) {
    return { ok: false, reason: "unknown-statement", message: `the map has no statement ${unknown.slice(0, 5).join(", ")}` };
  }
  const { text } = await readText(place, textPath);
  return asResult(await exportMap(map, text, request.format, optionsOf(request)));
}

/**
 * The app's handout of the workspace: the cross-author file and the maps as the app holds them (unsaved edits
 * included), named after the workspace folder. A link or position naming a map or statement the app does not
 * hold still prints, marked "statement not found", rather than failing the whole handout.
 */
export async function handoutForApp(
  place: Place,
  file: CrossAuthorFile,
  maps: Record<string, ArgumentMap>,
  request: HandoutRequest,
): Promise<ExportResult> {
  return asResult(await exportHandout(file, maps, request.format, place.name, { page: request.page, landscape: request.landscape }));
}

function asResult(file: ExportedFile): ExportResult {
  const binary = BINARY_MIMES.has(file.mime);
  return {
    ok: true,
    fileName: file.fileName,
    mime: file.mime,
    data: file.data.toString(binary ? "base64" : "utf8"),
    encoding: binary ? "base64" : "utf8",
    report: file.report,
  };
}

function optionsOf(request: ExportRequest): ExportOptions {
  return {
    scale: request.scale,
    page: request.page,
    landscape: request.landscape,
    greyscale: request.greyscale,
    quotes: request.quotes,
    // An empty selection means "nothing chosen", which the app sends as the whole map.
    selection: request.selection && request.selection.length > 0 ? request.selection : undefined,
    blank: request.blank,
    answerKey: request.answerKey,
  };
}
