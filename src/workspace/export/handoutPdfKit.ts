import type { HandoutCell } from "../../core";

/**
 * What the handout's PDF parts share: the page box, the fonts by name, the stance colours (those of the HTML
 * handout) and the stance symbols, drawn as shapes because the export font has no "−" or "○".
 */

export type Doc = PDFKit.PDFDocument;

export const REGULAR = "handout-regular";
export const BOLD = "handout-bold";

export const INK = "#1d2430";
export const MUTED = "#5b6472";
export const RULE = "#b8c0cc";
export const HEAD_FILL = "#e6eaf0";

export type CellStance = HandoutCell["stance"];

/** Cell fill and symbol colour per stance; "absent" has no fill but a hatching, so it differs in grey print too. */
export const STANCE_LOOK: Readonly<Record<CellStance, { fill?: string; ink: string }>> = {
  pro: { fill: "#e3f4e6", ink: "#1e6b34" },
  contra: { fill: "#fbe4e2", ink: "#a52a1f" },
  mixed: { fill: "#fdf1d8", ink: "#8a5a00" },
  none: { fill: "#eceef1", ink: "#4b5563" },
  absent: { ink: "#8a929e" },
};

/** The printable area of the current page. */
export function box(doc: Doc): { left: number; top: number; right: number; bottom: number; width: number } {
  const m = doc.page.margins;
  return {
    left: m.left,
    top: m.top,
    right: doc.page.width - m.right,
    bottom: doc.page.height - m.bottom,
    width: doc.page.width - m.left - m.right,
  };
}

/** Start a new page unless `height` still fits below the current position; returns the y to draw at. */
export function room(doc: Doc, height: number): number {
  const { top, bottom } = box(doc);
  if (doc.y + height > bottom && doc.y > top) {
    doc.addPage();
    return box(doc).top;
  }
  return doc.y;
}

/** A section heading, kept on the page of what follows it (`keepWith` points of it). */
export function heading(doc: Doc, text: string, keepWith: number, size = 12): void {
  doc.font(BOLD).fontSize(size);
  const height = doc.heightOfString(text, { width: box(doc).width });
  const y = room(doc, height + 6 + keepWith);
  doc.fillColor(INK).text(text, box(doc).left, y + (y === box(doc).top ? 0 : 8), { width: box(doc).width });
  doc.y += 4;
}

/** The stance's symbol as a shape in a square of `size` points whose top left is (x, y). */
export function stanceSymbol(doc: Doc, stance: CellStance, x: number, y: number, size: number): void {
  const ink = STANCE_LOOK[stance].ink;
  const mid = { x: x + size / 2, y: y + size / 2 };
  const arm = size * 0.36;
  doc
    .save()
    .lineWidth(Math.max(0.9, size * 0.13))
    .strokeColor(ink)
    .fillColor(ink)
    .lineCap("round");
  if (stance === "pro") {
    doc
      .moveTo(mid.x - arm, mid.y)
      .lineTo(mid.x + arm, mid.y)
      .moveTo(mid.x, mid.y - arm)
      .lineTo(mid.x, mid.y + arm)
      .stroke();
  } else if (stance === "contra") {
    doc
      .moveTo(mid.x - arm, mid.y)
      .lineTo(mid.x + arm, mid.y)
      .stroke();
  } else if (stance === "mixed") {
    const up = mid.y - size * 0.12;
    const small = arm * 0.8;
    doc
      .moveTo(mid.x - small, up)
      .lineTo(mid.x + small, up)
      .moveTo(mid.x, up - small)
      .lineTo(mid.x, up + small);
    doc
      .moveTo(mid.x - small, mid.y + size * 0.34)
      .lineTo(mid.x + small, mid.y + size * 0.34)
      .stroke();
  } else if (stance === "none") {
    doc.circle(mid.x, mid.y, arm).stroke();
  } else {
    doc.circle(mid.x, mid.y, size * 0.14).fill();
  }
  doc.restore();
}

/** Thin diagonal lines over a rectangle: the mark of a cell where the op-ed says nothing. */
export function hatch(doc: Doc, x: number, y: number, width: number, height: number): void {
  doc.save().rect(x, y, width, height).clip().lineWidth(0.4).strokeColor("#d5d9df");
  for (let d = -height; d < width; d += 7) doc.moveTo(x + d, y + height).lineTo(x + d + height, y);
  doc.stroke().restore();
}
