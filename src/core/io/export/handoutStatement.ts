import type { ArgumentMap } from "../../model/map";
import type { StatementRef } from "../../model/workspace";
import type { HandoutLabels } from "./handoutLabels";
import { spanWords } from "./handoutQuote";

/**
 * How the handout prints a statement, decided here once for Markdown, HTML and PDF: first the analyst's wording,
 * never between quotation marks (it is a paraphrase), then each span of the op-ed it stands for, between curly
 * quotes after "In de tekst:", or the word that it is implicit. Only these lines put quotation marks around text.
 */

export type StatementLineKind = "wording" | "quote" | "implicit" | "missing";

export interface StatementLine {
  kind: StatementLineKind;
  /** Printed before the text, in the labels' words ("In de tekst: "); "" for none. */
  lead: string;
  /** The text, with its quotation marks where it is the op-ed's own words. */
  text: string;
}

export interface HandoutStatement {
  /** The statement in the analyst's words. */
  wording: string;
  /** The op-ed's own words of each anchor, on one line, without quotation marks around them. */
  quotes: string[];
  found: boolean;
  /** What to print, in order: the wording, then the quoted spans or that it is implicit. */
  lines: StatementLine[];
}

/** A span of the op-ed between the handout's quotation marks. */
export function quoteLine(words: string, labels: HandoutLabels): StatementLine {
  return { kind: "quote", lead: `${labels.inText}: `, text: `“${words}”` };
}

export function implicitLine(labels: HandoutLabels): StatementLine {
  return { kind: "implicit", lead: "", text: labels.implicit };
}

export function statementOf(maps: Readonly<Record<string, ArgumentMap>>, ref: StatementRef, labels: HandoutLabels): HandoutStatement {
  const found = maps[ref.map]?.statements.find((s) => s.id === ref.statement);
  if (!found) {
    const wording = `${ref.statement} (${labels.missing})`;
    return { wording, quotes: [], found: false, lines: [{ kind: "missing", lead: "", text: wording }] };
  }
  const quotes = found.anchors.map((a) => spanWords(a.exact)).filter(Boolean);
  const wording: StatementLine = { kind: "wording", lead: "", text: found.text };
  const spans = quotes.length > 0 ? quotes.map((q) => quoteLine(q, labels)) : [implicitLine(labels)];
  return { wording: found.text, quotes, found: true, lines: [wording, ...spans] };
}
