import type { ArgumentMap } from "../model/map";

/**
 * One thing a format could not express, or that an import or export dropped or changed. Every format of the
 * field models arguments a little differently; a conversion never loses something without saying so here.
 */
export interface ReportEntry {
  /** For programs and tests, e.g. "rephrase" or "anchors-dropped". */
  code: string;
  /** One sentence for people: the CLI prints it, the app shows it. */
  message: string;
  /** The ids it concerns: node or element ids of the file, or statement and inference ids of the map. */
  ids?: string[];
}

export type ConversionReport = ReportEntry[];

/** Why a file could not be imported at all, and where (1-based, as editors show it) when that is known. */
export interface ImportError {
  code: "syntax" | "wrong-format" | "invalid";
  message: string;
  line?: number;
  column?: number;
}

export type ImportResult = { ok: true; map: ArgumentMap; report: ConversionReport } | { ok: false; error: ImportError };

export interface ExportResult {
  text: string;
  report: ConversionReport;
}

/** What every importer needs besides the file's own text. */
export interface ImportOptions {
  /** The stable id of the new map (the CLI uses core `slugOf` of the file name). */
  mapId: string;
  /** The source text the statements quote; each statement is anchored in it where its words are found. */
  text?: string;
  /** File name of the source text, relative to the map file. Default: `<mapId>.txt`. */
  textFile?: string;
  /** SHA-256 (hex) of the source text, computed by the caller (core has no hashing). */
  textSha256?: string;
}

/** The report as lines for a terminal or a dialog. */
export function reportLines(report: ConversionReport): string[] {
  return report.map((entry) => (entry.ids && entry.ids.length > 0 ? `${entry.message} [${entry.ids.join(", ")}]` : entry.message));
}
