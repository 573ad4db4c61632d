import path from "node:path";
import { type ArgumentMap, type CrossAuthorFile, type HandoutMaps, withExportLayout } from "../../core";
import {
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportFormatEntry,
  type ExportOptions,
  HANDOUT_FORMATS,
  type HandoutFormat,
  type HandoutFormatEntry,
} from "./formats";

export { embeddedFont, exportFontFiles, type FontFiles } from "./fonts";
export {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  HANDOUT_FORMAT_NAMES,
  HANDOUT_FORMATS,
  type HandoutFormat,
  isExportFormat,
  isHandoutFormat,
} from "./formats";
export { type HandoutPdfOptions, handoutPdf } from "./handoutPdf";
export { type PageSize, type PdfOptions, svgToPdf } from "./pdf";
export { type PngOptions, svgToPng } from "./png";

export interface ExportedFile {
  /** A name for the file, from the map's text: "osinga-europa.pdf". */
  fileName: string;
  mime: string;
  data: Buffer;
  /** What the format could not carry over, one sentence each (AIF, Argdown); empty for the drawings. */
  report: { code: string; message: string; ids?: string[] }[];
}

/**
 * A map (and its source text) as a file in any export format: the one entry point for the CLI and the app.
 * Drawings of a map with unplaced statements are laid out first with the app's layout.
 */
export async function exportMap(map: ArgumentMap, text: string, format: ExportFormat, options: ExportOptions = {}): Promise<ExportedFile> {
  const entry: ExportFormatEntry = EXPORT_FORMATS[format];
  const ready = entry.drawing ? await withExportLayout(map) : map;
  const made = await entry.make(ready, text, options);
  return {
    fileName: `${baseNameOf(map)}${entry.suffix(options, map)}`,
    mime: entry.mime,
    data: typeof made.data === "string" ? Buffer.from(made.data, "utf8") : made.data,
    report: made.report ?? [],
  };
}

/**
 * The workspace's handout as a file, named after the workspace (`name`, the folder's name): the one entry point
 * for the CLI and the app. Only page and landscape (PDF) and fonts of the options apply.
 */
export async function exportHandout(
  file: CrossAuthorFile,
  maps: HandoutMaps,
  format: HandoutFormat,
  name: string,
  options: ExportOptions = {},
): Promise<ExportedFile> {
  const entry: HandoutFormatEntry = HANDOUT_FORMATS[format];
  const data = await entry.make(file, maps, options);
  return {
    fileName: `${name || "workspace"}${entry.suffix}`,
    mime: entry.mime,
    data: typeof data === "string" ? Buffer.from(data, "utf8") : data,
    report: [],
  };
}

/** The map's text file name without its extension, else the map's id: exports sit beside what they show. */
export function baseNameOf(map: ArgumentMap): string {
  const name = path.basename(map.source.file.replace(/\\/g, "/")).replace(/\.[^.]+$/, "");
  return name || map.id;
}
