import type { Role } from "../../analysis/roles";
import type { ArgumentMap } from "../../model/map";
import type { Relation } from "./outline";

/**
 * The words exports print, in the map's language: a handout for a Dutch class says "premisse", not "premise".
 * Exports are files that leave the app, so they take the language of the text, not of the user interface.
 */
export type ExportLanguage = "en" | "nl";

export interface ExportLabels {
  roles: Record<Role, string>;
  implicit: string;
  together: string;
  /** How an argument bears on the claim above it, in the outline. */
  relations: Record<Relation, string>;
  supports: string;
  attacks: string;
  seeAbove: string;
  otherStatements: string;
  map: string;
  text: string;
  details: string;
  speaker: string;
  note: string;
  quotes: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  pickStatement: string;
  worksheet: string;
  worksheetTask: string;
  answerKey: string;
  name: string;
}

export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = {
  en: {
    roles: {
      thesis: "central claim",
      claim: "claim",
      premise: "premise",
      counterclaim: "counterclaim",
      rebuttal: "rebuttal",
      undercutter: "undercutter",
      unconnected: "unconnected",
    },
    implicit: "implicit",
    together: "together",
    relations: { reason: "Reason", objection: "Objection", rebuttal: "Rebuttal", undercut: "Undercut" },
    supports: "supports",
    attacks: "attacks",
    seeAbove: "see above",
    otherStatements: "Other statements",
    map: "Map",
    text: "Text",
    details: "Statement",
    speaker: "Speaker",
    note: "Note",
    quotes: "In the text",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    fit: "Fit",
    pickStatement: "Click a statement in the map or a marked passage in the text.",
    worksheet: "Worksheet",
    worksheetTask: "Fill in the missing statements. The label says what each one does in the argument.",
    answerKey: "Answer key",
    name: "Name",
  },
  nl: {
    roles: {
      thesis: "stelling",
      claim: "bewering",
      premise: "premisse",
      counterclaim: "tegenwerping",
      rebuttal: "weerlegging",
      undercutter: "ondermijning",
      unconnected: "los",
    },
    implicit: "impliciet",
    together: "samen",
    relations: { reason: "Reden", objection: "Tegenwerping", rebuttal: "Weerlegging", undercut: "Ondermijning" },
    supports: "steunt",
    attacks: "valt aan",
    seeAbove: "zie boven",
    otherStatements: "Overige uitspraken",
    map: "Kaart",
    text: "Tekst",
    details: "Uitspraak",
    speaker: "Spreker",
    note: "Notitie",
    quotes: "In de tekst",
    zoomIn: "Inzoomen",
    zoomOut: "Uitzoomen",
    fit: "Passend",
    pickStatement: "Klik op een uitspraak in de kaart of op een gemarkeerde passage in de tekst.",
    worksheet: "Werkblad",
    worksheetTask: "Vul de ontbrekende uitspraken in. Het label zegt wat elke uitspraak in de redenering doet.",
    answerKey: "Antwoorden",
    name: "Naam",
  },
};

export function exportLanguage(map: ArgumentMap): ExportLanguage {
  return map.source.language?.toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function labelsFor(map: ArgumentMap): ExportLabels {
  return EXPORT_LABELS[exportLanguage(map)];
}

/** The title an export shows: the source's title, else the text's file name without its extension. */
export function titleOf(map: ArgumentMap): string {
  const title = map.source.title?.trim();
  if (title) return title;
  const name = map.source.file.split(/[\\/]/).pop() ?? map.source.file;
  return name.replace(/\.[^.]+$/, "") || map.id;
}

/** "Author · Outlet · date", from what the source knows. */
export function bylineOf(map: ArgumentMap): string {
  return [map.source.author, map.source.outlet, map.source.date].filter((part) => part?.trim()).join(" · ");
}
