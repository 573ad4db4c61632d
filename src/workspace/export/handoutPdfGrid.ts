import type { HandoutData } from "../../core";
import { minSyllableWidth, minWidth } from "./handoutPdfBreak";
import { BOLD, box, type Doc, REGULAR } from "./handoutPdfKit";

/**
 * The columns of the matrix: the questions a little wider than the op-eds, the op-eds alike, and then each
 * column as wide as its longest word needs (taken from columns with room to spare), at the largest text size
 * where that works out. Only where no size does (many op-eds on narrow paper) must a word break: first with
 * columns wide enough for the words' syllables (handoutPdfBreak.ts), and past that anywhere, three letters kept.
 */

export const PAD = 4;
/** Text sizes to try, largest first; the largest is for wide columns only. */
const SIZES = [8.5, 7.5, 6.5, 6];

export interface Grid {
  x: number[];
  widths: number[];
  /** Text size, smaller as columns get narrower. */
  size: number;
  /** The square a stance symbol takes before its word. */
  symbol: number;
}

export function gridFor(doc: Doc, data: HandoutData): Grid {
  const { left, width } = box(doc);
  const count = data.opEds.length;
  const first = count === 0 ? width : Math.min(190, Math.max(105, width * 0.22));
  const column = count === 0 ? 0 : (width - first) / count;
  const desired = [first, ...Array.from({ length: count }, () => column)];
  const sizes = SIZES.slice(column >= 95 ? 0 : column >= 72 ? 1 : 2);
  for (const measure of [minWidth, minSyllableWidth]) {
    for (const size of sizes) {
      const widths = widened(desired, needs(doc, data, size, measure), width);
      if (widths) return gridOf(left, widths, size);
    }
  }
  // Not even with words broken between syllables: each column gets its share of what all need.
  const size = sizes.at(-1) ?? 6;
  const need = needs(doc, data, size, minSyllableWidth);
  const total = need.reduce((sum, w) => sum + w, 0);
  return gridOf(left, total > 0 ? need.map((w) => (w * width) / total) : desired, size);
}

function gridOf(left: number, widths: number[], size: number): Grid {
  const x = widths.map((_, i) => left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  return { x, widths, size, symbol: symbolSize(size) };
}

export const symbolSize = (size: number): number => size * 1.15;

/** The narrowest each column can be at `size`, padding included, with its words whole or broken as `measure` says. */
function needs(doc: Doc, data: HandoutData, size: number, measure: (doc: Doc, text: string) => number): number[] {
  const widest = (font: string, texts: string[]) => {
    doc.font(font).fontSize(size);
    return Math.max(0, ...texts.map((t) => measure(doc, t)));
  };
  const questions = widest(BOLD, [data.labels.issue, ...data.issues.map((i) => `${i.number}. ${i.question}`)]);
  const columns = data.opEds.map((opEd, c) => {
    const cells = data.issues.map((i) => i.cells[c]).filter((cell) => cell !== undefined);
    const words = cells.map((cell) => widest(cell.stance === "absent" ? REGULAR : BOLD, [cell.word]) + symbolSize(size) + 2);
    return Math.max(
      widest(BOLD, [opEd.label]),
      widest(
        REGULAR,
        cells.map((cell) => cell.summary),
      ),
      ...words,
    );
  });
  return [questions, ...columns].map((w) => w + 2 * PAD);
}

/**
 * The desired widths with every column raised to its need, the room taken from the others in proportion to what
 * they can spare; undefined when they cannot spare enough.
 */
export function widened(desired: number[], need: number[], total: number): number[] | undefined {
  const raised = desired.map((w, i) => Math.max(w, need[i] ?? 0));
  const extra = raised.reduce((sum, w) => sum + w, 0) - total;
  if (extra <= 0) return raised;
  const spare = raised.map((w, i) => w - (need[i] ?? 0));
  const room = spare.reduce((sum, s) => sum + s, 0);
  if (room < extra) return undefined;
  return raised.map((w, i) => w - ((spare[i] ?? 0) * extra) / room);
}
