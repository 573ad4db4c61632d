import { positionOf } from "../../crossAuthor/issues";
import type { ArgumentMap } from "../../model/map";
import type { CrossAuthorFile, CrossLink, IssuePosition, LinkRelation, Stance, StatementRef } from "../../model/workspace";
import { bylineOf, type ExportLanguage, exportLanguage, titleOf } from "./labels";
import { quotedWords } from "./quote";

/**
 * What the handout says, before it is Markdown, HTML or PDF: the op-eds, the matrix row by row with each cell's
 * stance and short form, and the links with both statements. Every format prints this one shaping, so the
 * three handouts of a workspace never disagree on a cell.
 */

/** A symbol per stance, so the matrix never speaks by colour alone (and survives black-and-white print). */
export const STANCE_SYMBOLS: Readonly<Record<Stance, string>> = { pro: "+", contra: "−", mixed: "±", none: "○" };

/** The symbol of a cell where the op-ed takes no position at all. */
export const NO_POSITION_SYMBOL = "·";

export interface HandoutLabels {
  title: string;
  opEds: string;
  matrix: string;
  issue: string;
  issues: string;
  links: string;
  noPosition: string;
  noIssues: string;
  noLinks: string;
  note: string;
  missing: string;
  inText: string;
  implicit: string;
  key: string;
  stancesKey: string;
  relationsKey: string;
  page: string;
  stances: Record<Stance, string>;
  relations: Record<LinkRelation, string>;
  /** One line on what a relation claims, for the key. */
  relationMeanings: Record<LinkRelation, string>;
}

export const HANDOUT_LABELS: Record<ExportLanguage, HandoutLabels> = {
  en: {
    title: "Points of contention: who says what",
    opEds: "The op-eds",
    matrix: "Matrix",
    issue: "Point of contention",
    issues: "The points of contention",
    links: "Links between the op-eds",
    noPosition: "takes no position",
    noIssues: "No points of contention yet.",
    noLinks: "No links yet.",
    note: "Note",
    missing: "statement not found",
    inText: "In the text",
    implicit: "implicit: not in the text, added by the analyst",
    key: "Key",
    stancesKey: "Stances in the matrix",
    relationsKey: "Links",
    page: "page {n} of {count}",
    stances: { pro: "pro", contra: "contra", mixed: "mixed", none: "no position" },
    relations: { same: "says the same as", contradicts: "contradicts", attacks: "attacks", supports: "supports" },
    relationMeanings: {
      same: "the same claim in other words",
      contradicts: "both cannot be true",
      attacks: "gives a reason against the other statement",
      supports: "gives a reason for the other statement",
    },
  },
  nl: {
    title: "Strijdpunten: wie zegt wat",
    opEds: "De opiniestukken",
    matrix: "Matrix",
    issue: "Strijdpunt",
    issues: "De strijdpunten",
    links: "Verbanden tussen de opiniestukken",
    noPosition: "neemt geen standpunt in",
    noIssues: "Nog geen strijdpunten.",
    noLinks: "Nog geen verbanden.",
    note: "Notitie",
    missing: "uitspraak niet gevonden",
    inText: "In de tekst",
    implicit: "impliciet: niet in de tekst, toegevoegd bij de analyse",
    key: "Legenda",
    stancesKey: "Standpunten in de matrix",
    relationsKey: "Verbanden",
    page: "pagina {n} van {count}",
    stances: { pro: "voor", contra: "tegen", mixed: "gemengd", none: "geen standpunt" },
    relations: { same: "zegt hetzelfde als", contradicts: "spreekt tegen", attacks: "valt aan", supports: "steunt" },
    relationMeanings: {
      same: "dezelfde bewering in andere woorden",
      contradicts: "ze kunnen niet allebei waar zijn",
      attacks: "geeft een reden tegen de andere uitspraak",
      supports: "geeft een reden voor de andere uitspraak",
    },
  },
};

export interface HandoutOptions {
  /** The handout's language; by default the language of the first op-ed's text. */
  language?: ExportLanguage;
  /** A title instead of "Points of contention: who says what". */
  title?: string;
}

export type HandoutMaps = Readonly<Record<string, ArgumentMap>>;

export interface HandoutOpEd {
  id: string;
  /** The short name the matrix and the links use. */
  label: string;
  /** Title and byline, where they say more than the label; "" when they do not. */
  about: string;
}

/** A statement as the handout quotes it: its wording and the spans of the text it stands for. */
export interface HandoutStatement {
  wording: string;
  /** The quoted words of each anchor, on one line; none for an implicit premise or a statement not found. */
  quotes: string[];
  found: boolean;
}

export interface HandoutCell {
  opEd: string;
  /** The stance, or "absent" when the op-ed takes no position on this issue at all. */
  stance: Stance | "absent";
  symbol: string;
  /** The stance in words ("tegen"), or "takes no position". */
  word: string;
  /** The position's short form, "" when it would only repeat the stance. */
  summary: string;
  /** Symbol, word and summary in one line, as the Markdown table prints it. */
  text: string;
  statements: HandoutStatement[];
  note?: string;
}

export interface HandoutIssue {
  id: string;
  question: string;
  note?: string;
  /** One per op-ed, in the order of the file's maps. */
  cells: HandoutCell[];
}

export interface HandoutSide extends HandoutStatement {
  opEd: string;
}

export interface HandoutLink {
  id: string;
  relation: LinkRelation;
  from: HandoutSide;
  to: HandoutSide;
  note?: string;
}

export interface HandoutData {
  language: ExportLanguage;
  labels: HandoutLabels;
  title: string;
  opEds: HandoutOpEd[];
  issues: HandoutIssue[];
  links: HandoutLink[];
}

/** The short name of an op-ed in the matrix: the label the user gave, else its title, else its id. */
export function opEdLabel(entry: { id: string; label?: string }, map: ArgumentMap | undefined): string {
  return entry.label?.trim() || (map ? titleOf(map) : entry.id);
}

/** The handout's content in the document's language, ready for any format to print. */
export function handoutData(file: CrossAuthorFile, maps: HandoutMaps, options: HandoutOptions = {}): HandoutData {
  const language = options.language ?? languageOf(file, maps);
  const labels = HANDOUT_LABELS[language];
  const labelOf = (mapId: string): string => {
    const entry = file.maps.find((m) => m.id === mapId);
    return entry ? opEdLabel(entry, maps[mapId]) : mapId;
  };
  const opEds = file.maps.map((entry) => {
    const map = maps[entry.id];
    const label = opEdLabel(entry, map);
    const about = map ? [titleOf(map), bylineOf(map)].filter((p) => p && p !== entry.label).join(" · ") : "";
    return { id: entry.id, label, about };
  });
  const issues = file.issues.map((issue) => ({
    id: issue.id,
    question: issue.question,
    ...(issue.note ? { note: issue.note } : {}),
    cells: file.maps.map((entry) => cellOf(positionOf(issue, entry.id), labelOf(entry.id), entry.id, maps, labels)),
  }));
  const links = file.links.map((link: CrossLink) => ({
    id: link.id,
    relation: link.relation,
    from: { opEd: labelOf(link.from.map), ...statementOf(maps, link.from, labels) },
    to: { opEd: labelOf(link.to.map), ...statementOf(maps, link.to, labels) },
    ...(link.note ? { note: link.note } : {}),
  }));
  return { language, labels, title: options.title ?? labels.title, opEds, issues, links };
}

function languageOf(file: CrossAuthorFile, maps: HandoutMaps): ExportLanguage {
  const first = file.maps.map((m) => maps[m.id]).find((m) => m !== undefined);
  return first ? exportLanguage(first) : "en";
}

function statementOf(maps: HandoutMaps, ref: StatementRef, labels: HandoutLabels): HandoutStatement {
  const found = maps[ref.map]?.statements.find((s) => s.id === ref.statement);
  if (!found) return { wording: `${ref.statement} (${labels.missing})`, quotes: [], found: false };
  return { wording: found.text, quotes: found.anchors.map((a) => quotedWords(a.exact)).filter(Boolean), found: true };
}

function cellOf(position: IssuePosition | undefined, opEd: string, mapId: string, maps: HandoutMaps, labels: HandoutLabels): HandoutCell {
  if (!position) {
    const word = labels.noPosition;
    return { opEd, stance: "absent", symbol: NO_POSITION_SYMBOL, word, summary: "", text: `${NO_POSITION_SYMBOL} ${word}`, statements: [] };
  }
  const symbol = STANCE_SYMBOLS[position.stance];
  const word = labels.stances[position.stance];
  // The summary worth printing beside the stance: none when it only repeats it ("geen standpunt").
  const given = position.summary?.trim() ?? "";
  const summary = given.toLowerCase() === word.toLowerCase() ? "" : given;
  return {
    opEd,
    stance: position.stance,
    symbol,
    word,
    summary,
    text: summary ? `${symbol} ${word}: ${summary}` : `${symbol} ${word}`,
    statements: position.statements.map((statement) => statementOf(maps, { map: mapId, statement }, labels)),
    ...(position.note ? { note: position.note } : {}),
  };
}
