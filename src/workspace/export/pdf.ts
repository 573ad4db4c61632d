import PDFDocument from "pdfkit";
import type { ExportLanguage } from "../../core";
import { exportFontFiles, type FontFiles } from "./fonts";
import { BOLD, drawGrid, drawPart, drawSvg, MARGIN, MUTED, PART_HEADER, type Placed, REGULAR } from "./pdfDraw";
import { type MapDrawing, readMapDrawing } from "./pdfMapDrawing";
import { fitScale, type Orientation, type PageRoom, type PrintPlan, planPrint, type Size } from "./pdfTiles";

export type PageSize = "a4" | "letter";

export interface PdfOptions {
  page?: PageSize;
  /** Chosen by the user: landscape (true) or portrait (false). Undefined: the one that needs fewer pages, or prints larger. */
  landscape?: boolean;
  /** The title line above the map, and the document's title. */
  title: string;
  /** Author, outlet and date, under the title. */
  byline?: string;
  /** The legend as its own SVG (renderLegendSvg), drawn at print size however small the map must become. */
  legend?: string;
  /** The language of the words the PDF adds ("part 2 of 5"): the map's, as its labels (exportLanguage). */
  language?: ExportLanguage;
  fonts?: FontFiles;
}

/** Portrait width and height in pt, as pdfkit's "A4" and "LETTER". */
const PAPER: Record<PageSize, Size> = { a4: { width: 595.28, height: 841.89 }, letter: { width: 612, height: 792 } };

const WORDS: Record<ExportLanguage, { part: (n: number, of: number) => string; overview: (parts: number) => string }> = {
  en: {
    part: (n, of) => `part ${n} of ${of}`,
    overview: (parts) => `Overview. The map follows in ${parts} numbered parts, one a page, large enough to read.`,
  },
  nl: {
    part: (n, of) => `deel ${n} van ${of}`,
    overview: (parts) => `Overzicht. De kaart volgt in ${parts} genummerde delen, één per pagina, groot genoeg om te lezen.`,
  },
};

/**
 * The map for print. When its boxes read at a legible size on one page (pdfTiles.ts), one page: a title line,
 * the legend and the map. Otherwise the first page is an overview (the whole map with a numbered grid of its
 * parts) and each part follows on a page of its own at a legible size. The fonts are embedded from
 * assets/fonts, so Dutch diacritics and curly quotes print as they read on screen.
 * The SVG should be made without its own header (renderMapSvg header: false): the title line replaces it.
 */
export async function svgToPdf(svg: string, options: PdfOptions): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: MARGIN,
    info: { Title: options.title, Author: options.byline ?? "", Creator: "Argumap" },
  });
  const done = collect(doc);
  registerFonts(doc, options.fonts);
  const drawing = readMapDrawing(svg);
  const plan = planWith(doc, svg, drawing, options);
  const words = WORDS[options.language ?? "en"];
  const addPage = () => doc.addPage({ size: options.page === "letter" ? "LETTER" : "A4", layout: plan.orientation, margin: MARGIN });
  addPage();
  let top = drawHeader(doc, options);
  if (plan.kind === "one-page" || !drawing) {
    placeMap(doc, svg, top, plan.scale);
  } else {
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(MUTED)
      .text(words.overview(plan.tiles.length), MARGIN, top, { width: doc.page.width - 2 * MARGIN });
    top = doc.y + 6;
    const room = { width: doc.page.width - 2 * MARGIN, height: doc.page.height - MARGIN - top };
    drawGrid(doc, drawing, plan.tiles, placeMap(doc, svg, top, fitScale(drawing, room)));
    for (const tile of plan.tiles) {
      addPage();
      drawPart(doc, drawing, plan.tiles, tile, plan.scale, { title: options.title, part: words.part(tile.number, plan.tiles.length) });
    }
  }
  doc.end();
  return done;
}

/** How svgToPdf prints this SVG: on one page or in parts, in which orientation and at what scale. */
export function printPlan(svg: string, options: PdfOptions): PrintPlan {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerFonts(doc, options.fonts);
  return planWith(doc, svg, readMapDrawing(svg), options);
}

function planWith(doc: PDFKit.PDFDocument, svg: string, drawing: MapDrawing | undefined, options: PdfOptions): PrintPlan {
  const orientations: Orientation[] =
    options.landscape === undefined ? ["portrait", "landscape"] : [options.landscape ? "landscape" : "portrait"];
  const rooms = orientations.map((o) => roomOf(doc, options, o));
  if (drawing) return planPrint(drawing, rooms);
  // An SVG this export cannot read as a map is printed whole, as before the parts.
  const [room] = rooms as [PageRoom];
  return { kind: "one-page", orientation: room.orientation, scale: fitScale(svgSize(svg), room.map) };
}

function registerFonts(doc: PDFKit.PDFDocument, given: FontFiles | undefined): void {
  const fonts = given ?? exportFontFiles();
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
}

/** The room for the map on each page of an orientation, from the header lines as they will be set. */
function roomOf(doc: PDFKit.PDFDocument, options: PdfOptions, orientation: Orientation): PageRoom {
  const paper = PAPER[options.page ?? "a4"];
  const page = orientation === "landscape" ? { width: paper.height, height: paper.width } : paper;
  const width = page.width - 2 * MARGIN;
  const top = MARGIN + headerHeight(doc, options, width);
  return {
    orientation,
    map: { width, height: page.height - MARGIN - top },
    part: { width, height: page.height - 2 * MARGIN - PART_HEADER },
  };
}

function headerHeight(doc: PDFKit.PDFDocument, options: PdfOptions, width: number): number {
  let height = doc.font(BOLD).fontSize(14).heightOfString(options.title, { width });
  if (options.byline) height += doc.font(REGULAR).fontSize(9).heightOfString(options.byline, { width });
  height += 8;
  if (options.legend) height += legendSize(options.legend, width).height + 10;
  return height;
}

/** Title, byline and legend at the top of the first page; returns where the map may start. */
function drawHeader(doc: PDFKit.PDFDocument, options: PdfOptions): number {
  const width = doc.page.width - 2 * MARGIN;
  doc.font(BOLD).fontSize(14).fillColor("#1a1a1a").text(options.title, MARGIN, MARGIN, { width });
  if (options.byline) doc.font(REGULAR).fontSize(9).fillColor(MUTED).text(options.byline, { width });
  let top = doc.y + 8;
  if (options.legend) {
    const size = legendSize(options.legend, width);
    drawSvg(doc, options.legend, MARGIN, top, size, "xMinYMin meet");
    top += size.height + 10;
  }
  return top;
}

/** The legend at the size of the map's boxes on screen, smaller only when the page is narrower than it. */
function legendSize(legend: string, width: number): Size {
  const size = svgSize(legend);
  const scale = Math.min(0.75, width / size.width);
  return { width: size.width * scale, height: size.height * scale };
}

/** The whole map at `scale`, centred under `top`. */
function placeMap(doc: PDFKit.PDFDocument, svg: string, top: number, scale: number): Placed {
  const size = svgSize(svg);
  const drawn = { width: size.width * scale, height: size.height * scale };
  const x = MARGIN + (doc.page.width - 2 * MARGIN - drawn.width) / 2;
  drawSvg(doc, svg, x, top, drawn, "xMidYMin meet");
  return { x, y: top, scale, ...drawn };
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** The SVG's own size, from its viewBox (our SVGs always have one). */
function svgSize(svg: string): Size {
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  const width = Number(box?.[1]);
  const height = Number(box?.[2]);
  if (!(width > 0 && height > 0)) throw new Error("the SVG has no usable viewBox");
  return { width, height };
}
