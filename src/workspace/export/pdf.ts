import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import { exportFontFiles, type FontFiles } from "./fonts";

export type PageSize = "a4" | "letter";

export interface PdfOptions {
  page?: PageSize;
  landscape?: boolean;
  /** The title line above the map, and the document's title. */
  title: string;
  /** Author, outlet and date, under the title. */
  byline?: string;
  /** The legend as its own SVG (renderLegendSvg), drawn at print size however small the map must become. */
  legend?: string;
  fonts?: FontFiles;
}

const MARGIN = 36;
/** At most the size the SVG has on screen (96 px to 72 pt): a small map stays readable, never blown up. */
const MAX_SCALE = 0.75;
const REGULAR = "export-regular";
const BOLD = "export-bold";

/**
 * One page with a title line and the map scaled to the printable area. The fonts are embedded from
 * assets/fonts, so Dutch diacritics and curly quotes print as they read on screen.
 * The SVG should be made without its own header (renderMapSvg header: false): the title line replaces it.
 */
export async function svgToPdf(svg: string, options: PdfOptions): Promise<Buffer> {
  const fonts = options.fonts ?? exportFontFiles();
  const doc = new PDFDocument({
    size: options.page === "letter" ? "LETTER" : "A4",
    layout: options.landscape ? "landscape" : "portrait",
    margin: MARGIN,
    info: { Title: options.title, Author: options.byline ?? "", Creator: "Argumap" },
  });
  const done = collect(doc);
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  const width = doc.page.width - 2 * MARGIN;
  doc.font(BOLD).fontSize(14).fillColor("#1a1a1a").text(options.title, MARGIN, MARGIN, { width });
  if (options.byline) doc.font(REGULAR).fontSize(9).fillColor("#555555").text(options.byline, { width });
  let top = doc.y + 8;
  if (options.legend) {
    const legend = svgSize(options.legend);
    const scale = Math.min(MAX_SCALE, width / legend.width);
    drawSvg(doc, options.legend, MARGIN, top, { width: legend.width * scale, height: legend.height * scale }, "xMinYMin meet");
    top += legend.height * scale + 10;
  }
  const size = svgSize(svg);
  const height = doc.page.height - MARGIN - top;
  const scale = Math.min(width / size.width, height / size.height, MAX_SCALE);
  const drawn = { width: size.width * scale, height: size.height * scale };
  drawSvg(doc, svg, MARGIN + (width - drawn.width) / 2, top, drawn, "xMidYMin meet");
  doc.end();
  return done;
}

function drawSvg(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, size: { width: number; height: number }, align: string): void {
  SVGtoPDF(doc, svg, x, y, {
    ...size,
    assumePt: true,
    preserveAspectRatio: align,
    // Every family in the SVG's font stack maps to the embedded export font.
    fontCallback: (_family, bold, italic, fontOptions) => {
      fontOptions.fauxItalic = italic;
      return bold ? BOLD : REGULAR;
    },
    warningCallback: () => {},
  });
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
function svgSize(svg: string): { width: number; height: number } {
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  const width = Number(box?.[1]);
  const height = Number(box?.[2]);
  if (!(width > 0 && height > 0)) throw new Error("the SVG has no usable viewBox");
  return { width, height };
}
