import type { HandoutData, HandoutLink, HandoutSide, LinkRelation } from "../../core";
import { BOLD, box, type Doc, heading, INK, MUTED, REGULAR, RULE, room } from "./handoutPdfKit";
import { drawStatement, statementHeight } from "./handoutPdfStatement";

/**
 * The links between the op-eds: for each, one line that says who relates to whom and how, the two statements
 * side by side (the analyst's wording, then the quoted spans of the text they stand for), and the note under
 * both. A link is kept on one page.
 */

const SIZE = 9;
const GUTTER = 16;
const RELATION_INK: Readonly<Record<LinkRelation, string>> = {
  same: "#2f5d8a",
  contradicts: "#a52a1f",
  attacks: "#a52a1f",
  supports: "#1e6b34",
};

export function drawLinks(doc: Doc, data: HandoutData): void {
  heading(doc, data.labels.links, 80);
  if (data.links.length === 0) {
    doc.font(REGULAR).fontSize(9.5).fillColor(MUTED).text(data.labels.noLinks, box(doc).left);
    return;
  }
  for (const link of data.links) drawLink(doc, data, link);
}

function drawLink(doc: Doc, data: HandoutData, link: HandoutLink): void {
  const { left, width } = box(doc);
  const indent = 20;
  const inner = width - indent;
  const column = (inner - GUTTER) / 2;
  const relation = data.labels.relations[link.relation];
  const title = `${link.from.opEd} ${relation} ${link.to.opEd}`;
  const noteText = link.note ? `${data.labels.note}: ${link.note}` : "";
  const titleHeight = doc.font(BOLD).fontSize(SIZE).heightOfString(title, { width: inner });
  const sides = Math.max(sideHeight(doc, link.from, column), sideHeight(doc, link.to, column));
  const noteHeight = noteText ? doc.font(REGULAR).fontSize(SIZE).heightOfString(noteText, { width: inner }) + 4 : 0;
  const y = room(doc, titleHeight + 3 + sides + noteHeight + 12);

  doc
    .font(BOLD)
    .fontSize(SIZE)
    .fillColor(MUTED)
    .text(`${link.number}`, left, y, { width: indent - 4 });
  doc.fillColor(INK).text(`${link.from.opEd} `, left + indent, y, { width: inner, continued: true });
  doc.font(REGULAR).fillColor(RELATION_INK[link.relation]).text(relation, { continued: true, oblique: true });
  doc.font(BOLD).fillColor(INK).text(` ${link.to.opEd}`, { oblique: false });
  const top = y + titleHeight + 3;
  drawSide(doc, link.from, left + indent, top, column);
  drawSide(doc, link.to, left + indent + column + GUTTER, top, column);
  doc.y = top + sides;
  if (noteText) {
    doc.y += 4;
    doc
      .font(BOLD)
      .fontSize(SIZE)
      .fillColor(INK)
      .text(`${data.labels.note}: `, left + indent, doc.y, { width: inner, continued: true });
    doc.font(REGULAR).text(link.note ?? "");
  }
  const rule = doc.y + 6;
  doc
    .moveTo(left, rule)
    .lineTo(left + width, rule)
    .lineWidth(0.4)
    .stroke(RULE);
  doc.x = left;
  doc.y = rule + 6;
}

function sideHeight(doc: Doc, side: HandoutSide, width: number): number {
  return statementHeight(doc, side.lines, width, SIZE);
}

function drawSide(doc: Doc, side: HandoutSide, x: number, y: number, width: number): void {
  drawStatement(doc, side.lines, x, y, width, SIZE);
}
