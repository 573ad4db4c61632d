import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { NOTO_SANS_BOLD, NOTO_SANS_REGULAR } from "./fontMetrics";

const FONTS = fileURLToPath(new URL("../../../../assets/fonts/", import.meta.url));

/**
 * Core measures export text with a table of Noto Sans widths (it cannot open font files; a test may). This
 * checks the table against the font files in assets/fonts, and prints a fresh table when the fonts were replaced.
 */
describe("the export font's width table in core", () => {
  const doc = new PDFDocument();

  for (const [weight, file, table] of [
    ["regular", `${FONTS}NotoSans-Regular.ttf`, NOTO_SANS_REGULAR],
    ["bold", `${FONTS}NotoSans-Bold.ttf`, NOTO_SANS_BOLD],
  ] as const) {
    it(`matches ${weight} in assets/fonts`, () => {
      doc.font(file).fontSize(1000);
      const fresh = table.map(([first, widths]) => {
        const count = widths.split(" ").length;
        const measured = Array.from({ length: count }, (_, k) => Math.round(doc.widthOfString(String.fromCodePoint(first + k))));
        return [first, measured.join(" ")] as const;
      });
      expect(fresh, `fresh table:\n${fresh.map(([f, w]) => `  [0x${f.toString(16)}, "${w}"],`).join("\n")}`).toEqual(table);
    });
  }
});
