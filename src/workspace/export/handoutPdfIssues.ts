import type { HandoutCell, HandoutData, HandoutIssue } from "../../core";
import { BOLD, box, type Doc, heading, INK, MUTED, REGULAR, room, stanceSymbol } from "./handoutPdfKit";
import { drawStatement, statementHeight } from "./handoutPdfStatement";

/**
 * Each point of contention after the matrix, as the HTML and Markdown handouts print it: the question, the
 * issue's note, and for every op-ed its stance and short form, the statements it rests on (wording and quoted
 * spans) and the note on the position. One op-ed's position is kept on one page.
 */

const SIZE = 9;
/** Where the op-ed's name starts, right of the stance symbol. */
const INDENT = 14;
/** Where the statements and the note start, under the name. */
const INNER = 24;

export function drawIssues(doc: Doc, data: HandoutData): void {
  heading(doc, data.labels.issues, 80);
  for (const issue of data.issues) drawIssue(doc, data, issue);
}

function drawIssue(doc: Doc, data: HandoutData, issue: HandoutIssue): void {
  const { left, width } = box(doc);
  const question = `${issue.number}. ${issue.question}`;
  const questionHeight = doc.font(BOLD).fontSize(10.5).heightOfString(question, { width });
  const noteHeight = issue.note ? doc.font(REGULAR).fontSize(SIZE).heightOfString(issue.note, { width }) + 3 : 0;
  const first = issue.cells[0];
  const y = room(doc, 8 + questionHeight + noteHeight + (first ? cellHeight(doc, data, first, width) : 0));
  doc
    .font(BOLD)
    .fontSize(10.5)
    .fillColor(INK)
    .text(question, left, y + (y === box(doc).top ? 0 : 8), { width });
  if (issue.note) {
    doc.y += 3;
    doc.font(REGULAR).fontSize(SIZE).fillColor(INK).text(issue.note, left, doc.y, { width });
  }
  doc.y += 5;
  for (const cell of issue.cells) drawCell(doc, data, cell);
  doc.y += 2;
}

/** "Analyse Osinga: tegen — Nee: …", as one string for measuring. */
function headText(cell: HandoutCell): string {
  return `${cell.opEd}: ${cell.word}${cell.summary ? `: ${cell.summary}` : ""}`;
}

function noteText(data: HandoutData, cell: HandoutCell): string {
  return cell.note ? `${data.labels.note}: ${cell.note}` : "";
}

function cellHeight(doc: Doc, data: HandoutData, cell: HandoutCell, width: number): number {
  const head = doc
    .font(BOLD)
    .fontSize(SIZE)
    .heightOfString(headText(cell), { width: width - INDENT });
  const statements = cell.statements.reduce((sum, s) => sum + 3 + statementHeight(doc, s.lines, width - INNER, SIZE), 0);
  const note = cell.note
    ? 3 +
      doc
        .font(BOLD)
        .fontSize(SIZE)
        .heightOfString(noteText(data, cell), { width: width - INNER })
    : 0;
  return head + statements + note + 6;
}

function drawCell(doc: Doc, data: HandoutData, cell: HandoutCell): void {
  const { left, width } = box(doc);
  const y = room(doc, cellHeight(doc, data, cell, width));
  const absent = cell.stance === "absent";
  stanceSymbol(doc, cell.stance, left, y + 0.5, SIZE + 1);
  doc
    .font(BOLD)
    .fontSize(SIZE)
    .fillColor(INK)
    .text(`${cell.opEd}: `, left + INDENT, y, { width: width - INDENT, continued: true });
  doc
    .font(absent ? REGULAR : BOLD)
    .fillColor(absent ? MUTED : INK)
    .text(cell.word, { continued: Boolean(cell.summary), oblique: absent });
  if (cell.summary) doc.font(REGULAR).fillColor(INK).text(`: ${cell.summary}`, { oblique: false });
  for (const statement of cell.statements) {
    doc.y = drawStatement(doc, statement.lines, left + INNER, doc.y + 3, width - INNER, SIZE);
  }
  if (cell.note) {
    doc
      .font(BOLD)
      .fontSize(SIZE)
      .fillColor(INK)
      .text(`${data.labels.note}: `, left + INNER, doc.y + 3, { width: width - INNER, continued: true });
    doc.font(REGULAR).text(cell.note);
  }
  doc.x = left;
  doc.y += 6;
}
