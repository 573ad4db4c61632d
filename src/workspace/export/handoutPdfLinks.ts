import type { HandoutData, HandoutLink, HandoutSide, LinkRelation } from "../../core";
import { BOLD, box, type Doc, heading, INK, MUTED, REGULAR, RULE, room } from "./handoutPdfKit";

/**
 * The links between the op-eds: for each, one line that says who relates to whom and how, the two statements
 * side by side (wording, then the spans of the text they stand for), and the note under both. A link is kept on
 * one page.
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
  for (const [n, link] of data.links.entries()) drawLink(doc, data, link, n + 1);
}

function drawLink(doc: Doc, data: HandoutData, link: HandoutLink, number: number): void {
  const { left, width } = box(doc);
  const indent = 20;
  const inner = width - indent;
  const column = (inner - GUTTER) / 2;
  const relation = data.labels.relations[link.relation];
  const title = `${link.from.opEd} ${relation} ${link.to.opEd}`;
  const noteText = link.note ? `${data.labels.note}: ${link.note}` : "";
  const titleHeight = doc.font(BOLD).fontSize(SIZE).heightOfString(title, { width: inner });
  const sides = Math.max(sideHeight(doc, data, link.from, column), sideHeight(doc, data, link.to, column));
  const noteHeight = noteText ? doc.font(REGULAR).fontSize(SIZE).heightOfString(noteText, { width: inner }) + 4 : 0;
  const y = room(doc, titleHeight + 3 + sides + noteHeight + 12);

  doc
    .font(BOLD)
    .fontSize(SIZE)
    .fillColor(MUTED)
    .text(`${number}`, left, y, { width: indent - 4 });
  doc.fillColor(INK).text(`${link.from.opEd} `, left + indent, y, { width: inner, continued: true });
  doc.font(REGULAR).fillColor(RELATION_INK[link.relation]).text(relation, { continued: true, oblique: true });
  doc.font(BOLD).fillColor(INK).text(` ${link.to.opEd}`, { oblique: false });
  const top = y + titleHeight + 3;
  drawSide(doc, data, link.from, left + indent, top, column);
  drawSide(doc, data, link.to, left + indent + column + GUTTER, top, column);
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

/** What a side prints under the title: its wording, then its quoted spans (or that it is implicit). */
function sideLines(data: HandoutData, side: HandoutSide): { text: string; font: string; muted: boolean }[] {
  const lines = [{ text: `“${side.wording}”`, font: REGULAR, muted: !side.found }];
  if (!side.found) return lines;
  if (side.quotes.length === 0) lines.push({ text: data.labels.implicit, font: REGULAR, muted: true });
  for (const quote of side.quotes) lines.push({ text: `${data.labels.inText}: “${quote}”`, font: REGULAR, muted: true });
  return lines;
}

function sideHeight(doc: Doc, data: HandoutData, side: HandoutSide, width: number): number {
  return sideLines(data, side).reduce((sum, line, i) => {
    const size = i === 0 ? SIZE : SIZE - 1;
    return sum + doc.font(line.font).fontSize(size).heightOfString(line.text, { width }) + (i === 0 ? 0 : 2);
  }, 0);
}

function drawSide(doc: Doc, data: HandoutData, side: HandoutSide, x: number, y: number, width: number): void {
  let at = y;
  sideLines(data, side).forEach((line, i) => {
    if (i > 0) at += 2;
    doc
      .font(line.font)
      .fontSize(i === 0 ? SIZE : SIZE - 1)
      .fillColor(line.muted ? MUTED : INK)
      .text(line.text, x, at, { width, oblique: i > 0 });
    at = doc.y;
  });
}
