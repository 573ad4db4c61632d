import type { StatementLine } from "../../core";
import { type Doc, INK, MUTED, REGULAR, RULE } from "./handoutPdfKit";

/**
 * A statement as the PDF prints it, from handoutData's lines: the analyst's wording upright and without
 * quotation marks, each span of the op-ed smaller and oblique after "In de tekst:", between the quotation marks
 * handoutData set. A thin rule on the left holds the lines of one statement together.
 */

const RULE_GAP = 6;

function lineSize(line: StatementLine, size: number): number {
  return line.kind === "wording" || line.kind === "missing" ? size : size - 1;
}

function lineHeight(doc: Doc, line: StatementLine, width: number, size: number): number {
  return doc
    .font(REGULAR)
    .fontSize(lineSize(line, size))
    .heightOfString(line.lead + line.text, { width });
}

/** One line at (x, y); returns the y below it. */
export function drawLine(doc: Doc, line: StatementLine, x: number, y: number, width: number, size: number): number {
  const oblique = line.kind !== "wording" && line.kind !== "missing";
  doc
    .font(REGULAR)
    .fontSize(lineSize(line, size))
    .fillColor(line.kind === "wording" ? INK : MUTED)
    .text(line.lead + line.text, x, y, { width, oblique });
  return doc.y;
}

export function statementHeight(doc: Doc, lines: StatementLine[], width: number, size: number): number {
  return lines.reduce((sum, line, i) => sum + lineHeight(doc, line, width - RULE_GAP, size) + (i === 0 ? 0 : 1.5), 0);
}

/** The statement's lines from (x, y), the rule beside them; returns the y below them. */
export function drawStatement(doc: Doc, lines: StatementLine[], x: number, y: number, width: number, size: number): number {
  let at = y;
  lines.forEach((line, i) => {
    at = drawLine(doc, line, x + RULE_GAP, at + (i === 0 ? 0 : 1.5), width - RULE_GAP, size);
  });
  doc
    .moveTo(x + 1, y + 1)
    .lineTo(x + 1, at - 1)
    .lineWidth(1)
    .stroke(RULE);
  return at;
}
