import type { ExportFormatId, ExportRequest, HandoutFormatId, HandoutRequest } from "../../contract";
import { type ArgumentMap, analyseRoles } from "../../core";

/** The workspace's handout in one of its formats, as the dialog and the matrix name it. */
export type HandoutFormat = `handout-${HandoutFormatId}`;

/** A format of the dialog: one of the map's, or the workspace's handout. */
export type DialogFormat = ExportFormatId | HandoutFormat;

export function isHandout(format: DialogFormat): format is HandoutFormat {
  return format.startsWith("handout-");
}

/** Which statements a worksheet leaves blank. */
export type BlankChoice = "auto" | "premises" | "all-but-central" | "selection";

/** What the export dialog asks, remembered between openings; each format reads the options it has. */
export interface ExportChoices {
  format: DialogFormat;
  scale: 1 | 2;
  page: "a4" | "letter";
  /** Undefined until the user picks one: the map's PDF then takes the orientation that needs fewer pages. */
  landscape: boolean | undefined;
  part: "all" | "selection";
  quotes: boolean;
  greyscale: boolean;
  blanks: BlankChoice;
  answerKey: boolean;
}

export type ExportOption = "scale" | "paper" | "part" | "quotes" | "greyscale" | "blanks" | "answerKey";

/**
 * The formats in the order the dialog lists them, each with the options it has: the map's (drawings first),
 * then the handout of the whole workspace.
 */
export const FORMAT_OPTIONS: readonly { format: DialogFormat; options: readonly ExportOption[] }[] = [
  { format: "svg", options: ["part", "quotes", "greyscale"] },
  { format: "png", options: ["scale", "part", "quotes", "greyscale"] },
  { format: "pdf", options: ["paper", "part", "quotes", "greyscale"] },
  { format: "html", options: ["part", "greyscale"] },
  { format: "md", options: [] },
  { format: "worksheet", options: ["blanks", "answerKey"] },
  { format: "argdown", options: [] },
  { format: "aif", options: [] },
  { format: "dot", options: ["part", "greyscale"] },
  { format: "handout-html", options: [] },
  { format: "handout-md", options: [] },
  { format: "handout-pdf", options: ["paper"] },
];

export const DEFAULT_CHOICES: ExportChoices = {
  format: "svg",
  scale: 2,
  page: "a4",
  landscape: undefined,
  part: "all",
  quotes: false,
  greyscale: false,
  blanks: "auto",
  answerKey: true,
};

export function optionsOf(format: DialogFormat): readonly ExportOption[] {
  return FORMAT_OPTIONS.find((f) => f.format === format)?.options ?? [];
}

/** The selected ids that are statements (the selection may hold inferences too), in the map's order. */
export function selectedStatements(map: ArgumentMap, selection: readonly string[]): string[] {
  const chosen = new Set(selection);
  return map.statements.filter((s) => chosen.has(s.id)).map((s) => s.id);
}

/**
 * The request for the workspace: only the options the chosen format has, so a choice made for another format
 * (greyscale for a PDF, say) does not leak into this one. "Selection" with nothing selected is the whole map.
 * Undefined for the handout, which the page makes itself (handoutExport.ts).
 */
export function requestFor(choices: ExportChoices, map: ArgumentMap, selection: readonly string[]): ExportRequest | undefined {
  if (isHandout(choices.format)) return undefined;
  const has = new Set(optionsOf(choices.format));
  const selected = selectedStatements(map, selection);
  const request: ExportRequest = { format: choices.format };
  if (has.has("scale")) request.scale = choices.scale;
  if (has.has("paper")) {
    request.page = choices.page;
    if (choices.landscape !== undefined) request.landscape = choices.landscape;
  }
  if (has.has("part") && choices.part === "selection" && selected.length > 0) request.selection = selected;
  if (has.has("quotes")) request.quotes = choices.quotes;
  if (has.has("greyscale")) request.greyscale = choices.greyscale;
  if (has.has("blanks")) request.blank = blanksFor(choices.blanks, map, selected);
  if (has.has("answerKey")) request.answerKey = choices.answerKey;
  return request;
}

/** The statements a worksheet leaves blank; never an empty exercise, so "selection" without one falls back to auto. */
export function blanksFor(choice: BlankChoice, map: ArgumentMap, selected: readonly string[]): string[] | "auto" {
  if (choice === "premises") {
    const { roles } = analyseRoles(map);
    return map.statements.filter((s) => roles.get(s.id) === "premise").map((s) => s.id);
  }
  if (choice === "all-but-central") return map.statements.filter((s) => !s.central).map((s) => s.id);
  if (choice === "selection" && selected.length > 0) return [...selected];
  return "auto";
}

/**
 * The request for the workspace's handout: the paper only for the PDF, from the choices the dialog remembers;
 * landscape until an orientation is chosen, the matrix's columns want the width.
 */
export function handoutRequestFor(format: HandoutFormat, choices: Pick<ExportChoices, "page" | "landscape">): HandoutRequest {
  const request: HandoutRequest = { format: format.slice("handout-".length) as HandoutFormatId };
  if (optionsOf(format).includes("paper")) {
    request.page = choices.page;
    request.landscape = choices.landscape ?? true;
  }
  return request;
}
