import { positionOf } from "../../crossAuthor/issues";
import type { ArgumentMap } from "../../model/map";
import type { CrossAuthorFile, CrossLink, IssuePosition, LinkRelation } from "../../model/workspace";
import { type CellStance, type HandoutKey, handoutKey, NO_POSITION_SYMBOL, STANCE_SYMBOLS } from "./handoutKey";
import { HANDOUT_LABELS, type HandoutLabels } from "./handoutLabels";
import { type HandoutStatement, statementOf } from "./handoutStatement";
import { bylineOf, type ExportLanguage, exportLanguage, titleOf } from "./labels";

/**
 * What the handout says, before it is Markdown, HTML or PDF: the op-eds, the matrix row by row with each cell's
 * stance and short form, each issue with its note and every position's statements, the links with both
 * statements, and the key. Every format prints this one shaping, and where a text goes between quotation marks
 * is decided here too (handoutStatement.ts), so the three handouts of a workspace never disagree.
 */

export { type CellStance, type HandoutKey, NO_POSITION_SYMBOL, STANCE_SYMBOLS } from "./handoutKey";
export { HANDOUT_LABELS, type HandoutLabels } from "./handoutLabels";
export type { HandoutStatement, StatementLine, StatementLineKind } from "./handoutStatement";

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

export interface HandoutCell {
  opEd: string;
  /** The stance, or "absent" when the file records no position of the op-ed on this issue. */
  stance: CellStance;
  symbol: string;
  /** The stance in words ("tegen"), or "niet ingevuld". */
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
  /** Counted from 1, as the app's matrix counts, so that a class can speak of "point 3" in every format. */
  number: number;
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
  number: number;
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
  key: HandoutKey;
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
  const issues = file.issues.map((issue, n) => ({
    id: issue.id,
    number: n + 1,
    question: issue.question,
    ...(issue.note ? { note: issue.note } : {}),
    cells: file.maps.map((entry) => cellOf(positionOf(issue, entry.id), labelOf(entry.id), entry.id, maps, labels)),
  }));
  const links = file.links.map((link: CrossLink, n) => ({
    id: link.id,
    number: n + 1,
    relation: link.relation,
    from: { opEd: labelOf(link.from.map), ...statementOf(maps, link.from, labels) },
    to: { opEd: labelOf(link.to.map), ...statementOf(maps, link.to, labels) },
    ...(link.note ? { note: link.note } : {}),
  }));
  return { language, labels, title: options.title ?? labels.title, opEds, issues, links, key: handoutKey(labels) };
}

function languageOf(file: CrossAuthorFile, maps: HandoutMaps): ExportLanguage {
  const first = file.maps.map((m) => maps[m.id]).find((m) => m !== undefined);
  return first ? exportLanguage(first) : "en";
}

function cellOf(position: IssuePosition | undefined, opEd: string, mapId: string, maps: HandoutMaps, labels: HandoutLabels): HandoutCell {
  if (!position) {
    const word = labels.absent;
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
