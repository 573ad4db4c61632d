/**
 * Exports the app asks the workspace for: the map as it is in the app (unsaved edits included) turned into a
 * file's bytes, which the renderer then hands to the shell to save. The workspace renders (PNG and PDF need
 * Node); the shell asks where to put the file. Kept apart from workspace.ts so the preload, which imports the
 * contract's files directly, gets plain types and one list of names.
 */

/** The formats of src/workspace/export (same names as the CLI's --format) for one map. */
export const EXPORT_FORMAT_IDS = ["svg", "png", "pdf", "html", "md", "dot", "worksheet", "argdown", "aif"] as const;
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number];

export interface ExportRequest {
  format: ExportFormatId;
  /** PNG: 1 for the screen, 2 for slides and print. */
  scale?: 1 | 2;
  /** PDF: the paper. A map too large to read on one page prints as an overview and then in parts. */
  page?: "a4" | "letter";
  /** PDF: as chosen; absent, the orientation that needs fewer pages (or prints the map larger). */
  landscape?: boolean;
  /** For black-and-white printing: roles told apart by border and dash, not by hue. */
  greyscale?: boolean;
  /** Each statement's quoted words under its wording (SVG, PNG, PDF). */
  quotes?: boolean;
  /** Only these statements and the inferences among them (SVG, PNG, PDF, HTML, DOT). */
  selection?: string[];
  /** Worksheet: the statements to leave blank, or "auto" (about a third, never the central claim). */
  blank?: string[] | "auto";
  /** Worksheet: the answer key at the end (default true). */
  answerKey?: boolean;
}

/**
 * The handout of the whole workspace (the issues matrix and the links between the op-eds), made from the
 * cross-author file and the maps the app holds. Same names as the CLI's --format for a cross-author file.
 */
export const HANDOUT_FORMAT_IDS = ["html", "md", "pdf"] as const;
export type HandoutFormatId = (typeof HANDOUT_FORMAT_IDS)[number];

export interface HandoutRequest {
  format: HandoutFormatId;
  /** PDF: the paper; the matrix runs onto as many pages as it needs. */
  page?: "a4" | "letter";
  landscape?: boolean;
}

/** One sentence per thing a format could not carry over (AIF, Argdown). */
export interface ExportNote {
  code: string;
  message: string;
  ids?: string[];
}

export type ExportResult =
  | {
      ok: true;
      /** Named after the map's text: "osinga-europa.pdf", "osinga-europa@2x.png". */
      fileName: string;
      mime: string;
      /** Text as is, bytes (PNG, PDF) as base64. */
      data: string;
      encoding: "utf8" | "base64";
      report: ExportNote[];
    }
  | {
      ok: false;
      /** invalid: the map breaks the format's rules; unknown-statement: selection or blanks name a statement the map lacks. */
      reason: "invalid" | "unknown-statement";
      message: string;
    };
