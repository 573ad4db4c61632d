import path from "node:path";
import { type ArgumentMap, withExportLayout } from "../../core";
import { EXPORT_FORMATS, type ExportFormat, type ExportFormatEntry, type ExportOptions } from "./formats";

export { embeddedFont, exportFontFiles, type FontFiles } from "./fonts";
export { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, type ExportFormat, type ExportOptions, isExportFormat } from "./formats";
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

/** The map's text file name without its extension, else the map's id: exports sit beside what they show. */
export function baseNameOf(map: ArgumentMap): string {
  const name = path.basename(map.source.file.replace(/\\/g, "/")).replace(/\.[^.]+$/, "");
  return name || map.id;
}
