import { beforeAll, describe, expect, it } from "vitest";
import { type ArgumentMap, bylineOf, exportLanguage, renderLegendSvg, renderMapSvg, titleOf, withExportLayout } from "../../core";
import { exportMap } from ".";
import { type PdfOptions, printPlan, svgToPdf } from "./pdf";
import { bundledMaps, hasTool, type PdfWord, pdfWords } from "./pdfTesting";
import { LEGIBLE_SMALL_PT, LEGIBLE_WORDING_PT, type PrintPlan, pageCount } from "./pdfTiles";

/** pdftotext's boxes are rounded to a few decimals, and the scale steps are small: a hair under still reads. */
const TOLERANCE = 0.05;
const mediaBoxes = (pdf: Buffer) =>
  [...pdf.toString("latin1").matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]?.trim().split(/\s+/).map(Number).map(Math.round));

async function printed(map: ArgumentMap, extra: Partial<PdfOptions> = {}) {
  const placed = await withExportLayout(map);
  const svg = renderMapSvg(placed, { header: false, legend: false });
  const options: PdfOptions = {
    title: titleOf(placed),
    byline: bylineOf(placed) || undefined,
    legend: renderLegendSvg(placed),
    language: exportLanguage(placed),
    ...extra,
  };
  return { svg, options, plan: printPlan(svg, options) };
}

/** The pages where the map is read: the parts, or the one page. */
const readingPages = (pages: PdfWord[][], plan: PrintPlan) => (plan.kind === "one-page" ? pages : pages.slice(1));

/** The words of a part's page inside the map area: below its header line, inside the margins. */
function mapWords(page: PdfWord[], plan: PrintPlan): PdfWord[] {
  if (plan.kind === "one-page") return page;
  return page.filter((w) => w.yMin > 50 && w.xMin > 30);
}

describe.skipIf(!hasTool("pdftotext"))("the map PDF of each bundled map", () => {
  for (const [file, map] of bundledMaps()) {
    describe(file, () => {
      let plan: PrintPlan;
      let pages: PdfWord[][];
      let pdf: Buffer;
      beforeAll(async () => {
        const made = await printed(map);
        plan = made.plan;
        pdf = await svgToPdf(made.svg, made.options);
        pages = pdfWords(pdf);
      }, 120_000);

      it("has as many pages as its plan: one, or the overview and one page per part", () => {
        expect(pages).toHaveLength(pageCount(plan));
        expect(mediaBoxes(pdf)).toHaveLength(pageCount(plan));
      });

      it(`prints every text of the boxes at ${LEGIBLE_SMALL_PT} pt or more on the pages it is read on`, () => {
        const sizes = readingPages(pages, plan).flatMap((page) => mapWords(page, plan).map((w) => w.size));
        expect(sizes.length).toBeGreaterThan(0);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(LEGIBLE_SMALL_PT - TOLERANCE);
      });

      it(`prints each statement's whole wording on some page at ${LEGIBLE_WORDING_PT} pt or more`, () => {
        const legible = readingPages(pages, plan).map(
          (page) => new Set(page.filter((w) => w.size >= LEGIBLE_WORDING_PT - TOLERANCE).map((w) => w.text)),
        );
        const unread = map.statements.filter((s) => {
          const words = s.text.split(/\s+/).filter(Boolean);
          return !legible.some((page) => words.every((word) => page.has(word)));
        });
        expect(unread.map((s) => s.text)).toEqual([]);
      });

      it("heads each part's page with the title and its number, in the map's language", () => {
        if (plan.kind === "one-page") return;
        const of = plan.tiles.length;
        const part = exportLanguage(map) === "nl" ? (n: number) => `deel ${n} van ${of}` : (n: number) => `part ${n} of ${of}`;
        expect(pages.slice(1)).toHaveLength(of);
        pages.slice(1).forEach((page, k) => {
          const header = page
            .filter((w) => w.yMin < 50)
            .map((w) => w.text)
            .join(" ");
          expect(header).toContain(`— ${part(k + 1)}`);
        });
      });
    });
  }
});

describe("the map PDF's pages and orientation", () => {
  const maps = new Map(bundledMaps());
  const wide = maps.get("trump-belt-poetin-commentaar-2025-02.argmap.json") as ArgumentMap;
  const large = maps.get("trump-erft-oorlog-oekraine.argmap.json") as ArgumentMap;

  it("without an orientation chosen, takes the one that needs fewer pages (or prints larger)", async () => {
    for (const [file, map] of maps) {
      const auto = (await printed(map)).plan;
      const portrait = (await printed(map, { landscape: false })).plan;
      const landscape = (await printed(map, { landscape: true })).plan;
      const fewest = Math.min(pageCount(portrait), pageCount(landscape));
      expect(pageCount(auto), file).toBe(fewest);
      const same = [portrait, landscape].filter((p) => pageCount(p) === fewest);
      expect(auto.scale, file).toBe(Math.max(...same.map((p) => p.scale)));
    }
  });

  it("keeps an orientation the user chose on every page, and picks one when none is", async () => {
    const { svg, options } = await printed(wide);
    expect(printPlan(svg, options).orientation).toBe("landscape");
    const portrait = await svgToPdf(svg, { ...options, landscape: false });
    expect(new Set(mediaBoxes(portrait).map(String))).toEqual(new Set(["0,0,595,842"]));
    const chosen = await svgToPdf(svg, options);
    expect(new Set(mediaBoxes(chosen).map(String))).toEqual(new Set(["0,0,842,595"]));
  });

  it.skipIf(!hasTool("pdftotext"))("keeps a small map on one page, its wording as large as on screen", async () => {
    // A real small map: the central claim of a bundled map and its first reason (two linked premises), laid out afresh.
    const thesis = large.statements.find((s) => s.central);
    const reasons = large.inferences.filter((i) => i.kind === "support" && i.target === thesis?.id).slice(0, 1);
    const kept = new Set([thesis?.id, ...reasons.flatMap((i) => i.premises)]);
    expect(kept.size).toBe(3);
    const small = { ...large, statements: large.statements.filter((s) => kept.has(s.id)), inferences: reasons, layout: {} };
    const { svg, options, plan } = await printed(small);
    expect(plan).toMatchObject({ kind: "one-page", orientation: "portrait", scale: 0.75 });
    const pdf = await svgToPdf(svg, options);
    expect(mediaBoxes(pdf)).toHaveLength(1);
    const [page = []] = pdfWords(pdf);
    const wording = page.filter((w) => thesis?.text.split(/\s+/).includes(w.text));
    expect(wording.length).toBeGreaterThan(3);
    expect(Math.min(...wording.map((w) => w.size))).toBeCloseTo(13 * 0.75, 1);
  });

  it.skipIf(!hasTool("pdftotext"))("the export of a Dutch map says so on its parts, from the map's language", async () => {
    const file = await exportMap(wide, "", "pdf");
    const pages = pdfWords(file.data);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]?.map((w) => w.text).join(" ")).toContain(`deel 1 van ${pages.length - 1}`);
    const english = { ...wide, source: { ...wide.source, language: "en" } };
    const inEnglish = pdfWords((await exportMap(english, "", "pdf")).data);
    expect(inEnglish[1]?.map((w) => w.text).join(" ")).toContain(`part 1 of ${inEnglish.length - 1}`);
  });
});
