import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { exportExampleMap, renderLegendSvg, renderMapSvg, withExportLayout } from "../../core";
import { svgToPdf } from "./pdf";
import { svgToPng } from "./png";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const mediaBox = (pdf: Buffer) => /\/MediaBox \[([^\]]+)\]/.exec(pdf.toString("latin1"))?.[1]?.trim().split(/\s+/).map(Number);

function hasTool(name: string): boolean {
  try {
    execFileSync(name, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("PNG from the SVG export", () => {
  it("is a PNG, and at 2x twice as wide and high as at 1x", async () => {
    const svg = renderMapSvg(await withExportLayout(exportExampleMap()));
    const one = svgToPng(svg, { scale: 1 });
    const two = svgToPng(svg, { scale: 2 });
    expect(one.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const width = Number(/ width="(\d+)"/.exec(svg)?.[1]);
    expect(pngSize(one).width).toBe(width);
    expect(pngSize(two)).toEqual({ width: 2 * pngSize(one).width, height: 2 * pngSize(one).height });
  });

  it("draws text with the bundled font (a picture with text differs from one without)", async () => {
    const map = await withExportLayout(exportExampleMap());
    const blank = {
      ...map,
      statements: map.statements.map((s) => ({ ...s, text: "" })),
      source: { ...map.source, title: " ", author: "", outlet: "", date: "" },
    };
    const withText = svgToPng(renderMapSvg(map, { legend: false, header: false }));
    const without = svgToPng(renderMapSvg(blank, { legend: false, header: false }));
    expect(withText.length).toBeGreaterThan(without.length * 1.2);
  });
});

describe("PDF from the SVG export", () => {
  const pdfOf = async (options: { page?: "a4" | "letter"; landscape?: boolean } = {}) => {
    const map = await withExportLayout(exportExampleMap());
    return svgToPdf(renderMapSvg(map, { header: false, legend: false }), {
      title: "Europa „zit” niet aan tafel – ‘maar’ wél",
      byline: "Noël Brûlé · De Dagkrant",
      legend: renderLegendSvg(map),
      ...options,
    });
  };

  it("is a PDF of one A4 page, landscape when none is chosen for this wide map: it prints larger so", async () => {
    const pdf = await pdfOf();
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(mediaBox(pdf)).toEqual([0, 0, 841.89, 595.28]);
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it("is on portrait A4 when asked, adding pages for parts rather than shrinking the map past reading", async () => {
    const pdf = await pdfOf({ landscape: false });
    expect(mediaBox(pdf)).toEqual([0, 0, 595.28, 841.89]);
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length).toBeGreaterThan(1);
  });

  it("has the page asked for: Letter landscape", async () => {
    expect(mediaBox(await pdfOf({ page: "letter", landscape: true }))).toEqual([0, 0, 792, 612]);
  });

  it("embeds the bundled font, regular and bold", async () => {
    const raw = (await pdfOf()).toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/);
    expect(raw.match(/\/FontFile2 /g)?.length).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(!hasTool("pdftotext"))("keeps Dutch diacritics and curly quotes as text (read back with pdftotext)", async () => {
    const text = execFileSync("pdftotext", ["-", "-"], { input: await pdfOf() }).toString("utf8");
    for (const words of ["„zit”", "‘maar’", "wél", "Noël Brûlé", "naïeve", "méér", "stelling", "tegenwerping"])
      expect(text).toContain(words);
  });
});
