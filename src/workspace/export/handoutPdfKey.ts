import type { HandoutData } from "../../core";
import { BOLD, box, type Doc, hatch, heading, INK, MUTED, REGULAR, RULE, room, STANCE_LOOK, stanceSymbol } from "./handoutPdfKit";
import { drawLine } from "./handoutPdfStatement";

/** The key at the end of the PDF, from handoutData's key: statements and quotations, the matrix's marks, the links. */

const SIZE = 9;
/** Where the meaning starts, right of the sample. */
const SAMPLE = 150;

export function drawKey(doc: Doc, data: HandoutData): void {
  const { key } = data;
  heading(doc, key.title, 120);
  const { left, width } = box(doc);
  const meaning = (text: string, y: number) =>
    doc
      .font(REGULAR)
      .fontSize(SIZE)
      .fillColor(INK)
      .text(text, left + SAMPLE, y, { width: width - SAMPLE });
  const rowHeight = (text: string) =>
    Math.max(
      14,
      doc
        .font(REGULAR)
        .fontSize(SIZE)
        .heightOfString(text, { width: width - SAMPLE }) + 4,
    );

  subheading(doc, key.statements.heading);
  for (const entry of key.statements.entries) {
    const y = room(doc, rowHeight(entry.meaning));
    const below = drawLine(doc, entry.sample, left, y, SAMPLE - 8, SIZE);
    meaning(entry.meaning, y);
    doc.y = Math.max(below, doc.y) + 4;
  }

  subheading(doc, key.stances.heading);
  for (const entry of key.stances.entries) {
    const y = room(doc, rowHeight(entry.meaning) + 3);
    const look = STANCE_LOOK[entry.stance];
    if (look.fill) doc.rect(left, y, 22, 13).fill(look.fill);
    else hatch(doc, left, y, 22, 13);
    doc.rect(left, y, 22, 13).lineWidth(0.5).stroke(RULE);
    stanceSymbol(doc, entry.stance, left + 5.5, y + 1.5, 10);
    const absent = entry.stance === "absent";
    doc
      .font(absent ? REGULAR : BOLD)
      .fontSize(SIZE)
      .fillColor(absent ? MUTED : INK)
      .text(entry.word, left + 30, y + 2, { width: SAMPLE - 38, oblique: absent });
    const below = doc.y;
    meaning(entry.meaning, y + 2);
    doc.y = Math.max(below, doc.y, y + 13) + 4;
  }

  subheading(doc, key.relations.heading);
  for (const entry of key.relations.entries) {
    const y = room(doc, rowHeight(entry.meaning));
    doc
      .font(REGULAR)
      .fontSize(SIZE)
      .fillColor(INK)
      .text(entry.word, left, y, { width: SAMPLE - 8, oblique: true });
    const below = doc.y;
    meaning(entry.meaning, y);
    doc.y = Math.max(below, doc.y) + 4;
  }
  doc.x = left;
}

function subheading(doc: Doc, text: string): void {
  const { left, width } = box(doc);
  const y = room(doc, 40);
  doc
    .font(BOLD)
    .fontSize(9.5)
    .fillColor(INK)
    .text(text, left, y + 4, { width });
  doc.y += 3;
}
