import type { HandoutCell, HandoutData } from "../../core";
import { breakable } from "./handoutPdfBreak";
import { type Grid, gridFor, PAD } from "./handoutPdfGrid";
import { BOLD, box, type Doc, HEAD_FILL, hatch, INK, MUTED, REGULAR, RULE, STANCE_LOOK, stanceSymbol } from "./handoutPdfKit";

/**
 * The issues matrix as a table: points of contention as rows, op-eds as columns. A row is never split over two
 * pages: one that does not fit starts a new page, under the header row drawn again, so every page of a long
 * matrix can be read on its own.
 */

/** Between the stance line and the short form under it. */
const GAP = 1.5;

export function drawMatrix(doc: Doc, data: HandoutData): void {
  const grid = gridFor(doc, data);
  const area = box(doc);
  const headerTexts = [data.labels.issue, ...data.opEds.map((o) => o.label)].map((text, i) =>
    fit(doc, BOLD, grid.size, text, (grid.widths[i] ?? 0) - 2 * PAD),
  );
  const headerHeight =
    Math.max(...headerTexts.map((text, i) => measure(doc, BOLD, grid.size, text, (grid.widths[i] ?? 0) - 2 * PAD))) + 2 * PAD;
  // A row taller than a whole page (never in practice) is cut with an ellipsis rather than split.
  const tallest = area.bottom - area.top - headerHeight;
  let y = Math.max(doc.y, area.top);
  const header = () => {
    headerTexts.forEach((text, i) => {
      const x = grid.x[i] ?? 0;
      const width = grid.widths[i] ?? 0;
      doc.rect(x, y, width, headerHeight).fill(HEAD_FILL);
      doc
        .font(BOLD)
        .fontSize(grid.size)
        .fillColor(INK)
        .text(text, x + PAD, y + PAD, { width: width - 2 * PAD });
      doc.rect(x, y, width, headerHeight).lineWidth(0.5).stroke(RULE);
    });
    y += headerHeight;
  };
  header();
  for (const issue of data.issues) {
    const question = fit(doc, BOLD, grid.size, `${issue.number}. ${issue.question}`, (grid.widths[0] ?? 0) - 2 * PAD);
    const cells = issue.cells.map((cell, i) => fitCell(doc, grid, cell, i + 1));
    const questionHeight = measure(doc, BOLD, grid.size, question, (grid.widths[0] ?? 0) - 2 * PAD);
    const height = Math.min(tallest, Math.max(questionHeight, ...cells.map((c, i) => cellHeight(doc, grid, c, i + 1))) + 2 * PAD);
    if (y + height > area.bottom) {
      doc.addPage();
      y = box(doc).top;
      header();
    }
    const width0 = grid.widths[0] ?? 0;
    doc.font(BOLD).fontSize(grid.size).fillColor(INK);
    doc.text(question, (grid.x[0] ?? 0) + PAD, y + PAD, { width: width0 - 2 * PAD, height: height - 2 * PAD, ellipsis: true });
    doc
      .rect(grid.x[0] ?? 0, y, width0, height)
      .lineWidth(0.5)
      .stroke(RULE);
    for (const [i, cell] of cells.entries()) drawCell(doc, grid, cell, i + 1, y, height);
    y += height;
  }
  doc.x = area.left;
  doc.y = y + 6;
}

/** The text at this font and size, with soft hyphens where a word is wider than the column. */
function fit(doc: Doc, font: string, size: number, text: string, width: number): string {
  doc.font(font).fontSize(size);
  return breakable(doc, text, width);
}

function fitCell(doc: Doc, grid: Grid, cell: HandoutCell, column: number): HandoutCell {
  const width = (grid.widths[column] ?? 0) - 2 * PAD;
  const word = fit(doc, cell.stance === "absent" ? REGULAR : BOLD, grid.size, cell.word, width - grid.symbol - 2);
  return { ...cell, word, summary: fit(doc, REGULAR, grid.size, cell.summary, width) };
}

function measure(doc: Doc, font: string, size: number, text: string, width: number): number {
  return text ? doc.font(font).fontSize(size).heightOfString(text, { width }) : 0;
}

function cellHeight(doc: Doc, grid: Grid, cell: HandoutCell, column: number): number {
  const width = (grid.widths[column] ?? 0) - 2 * PAD;
  const word = measure(doc, cell.stance === "absent" ? REGULAR : BOLD, grid.size, cell.word, width - grid.symbol - 2);
  const summary = measure(doc, REGULAR, grid.size, cell.summary, width);
  return word + (summary ? GAP + summary : 0);
}

function drawCell(doc: Doc, grid: Grid, cell: HandoutCell, column: number, y: number, height: number): void {
  const x = grid.x[column] ?? 0;
  const width = grid.widths[column] ?? 0;
  const look = STANCE_LOOK[cell.stance];
  if (look.fill) doc.rect(x, y, width, height).fill(look.fill);
  else hatch(doc, x, y, width, height);
  const inner = width - 2 * PAD;
  const bottom = y + height - PAD;
  stanceSymbol(doc, cell.stance, x + PAD, y + PAD + grid.size * 0.05, grid.symbol);
  const absent = cell.stance === "absent";
  doc
    .font(absent ? REGULAR : BOLD)
    .fontSize(grid.size)
    .fillColor(absent ? MUTED : INK);
  const wordX = x + PAD + grid.symbol + 2;
  doc.text(cell.word, wordX, y + PAD, { width: inner - grid.symbol - 2, height: bottom - y - PAD, ellipsis: true, oblique: absent });
  if (cell.summary && doc.y + GAP < bottom) {
    const top = doc.y + GAP;
    doc
      .font(REGULAR)
      .fillColor(INK)
      .text(cell.summary, x + PAD, top, { width: inner, height: bottom - top, ellipsis: true });
  }
  doc.rect(x, y, width, height).lineWidth(0.5).stroke(RULE);
}
