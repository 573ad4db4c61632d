import PDFDocument from "pdfkit";
import { type CrossAuthorFile, type ExportLanguage, type HandoutData, type HandoutMaps, handoutData } from "../../core";
import { exportFontFiles, type FontFiles } from "./fonts";
import { drawIssues } from "./handoutPdfIssues";
import { drawKey } from "./handoutPdfKey";
import { BOLD, box, type Doc, heading, INK, MUTED, REGULAR, room } from "./handoutPdfKit";
import { drawLinks } from "./handoutPdfLinks";
import { drawMatrix } from "./handoutPdfTable";
import type { PageSize } from "./pdf";

export interface HandoutPdfOptions {
  page?: PageSize;
  landscape?: boolean;
  /** By default the language of the first op-ed, as the HTML handout chooses. */
  language?: ExportLanguage;
  title?: string;
  fonts?: FontFiles;
}

const MARGINS = { top: 40, bottom: 44, left: 40, right: 40 };

/**
 * The handout of a workspace as a PDF for print: the title and the op-eds, the issues matrix as a table over as
 * many pages as it needs, each issue with its note and its positions' statements and notes, the links between
 * the op-eds with their quoted spans and notes, and the key. The same content as the HTML and Markdown handouts
 * (core's handoutData); the fonts are embedded from assets/fonts, so Dutch diacritics and curly quotes print as
 * they read on screen.
 */
export async function handoutPdf(file: CrossAuthorFile, maps: HandoutMaps, options: HandoutPdfOptions = {}): Promise<Buffer> {
  const data = handoutData(file, maps, { language: options.language, title: options.title });
  const fonts = options.fonts ?? exportFontFiles();
  const doc = new PDFDocument({
    size: options.page === "letter" ? "LETTER" : "A4",
    layout: options.landscape ? "landscape" : "portrait",
    margins: MARGINS,
    bufferPages: true,
    info: { Title: data.title, Creator: "Argumap" },
    lang: data.language,
  });
  const done = collect(doc);
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  doc
    .font(BOLD)
    .fontSize(17)
    .fillColor(INK)
    .text(data.title, MARGINS.left, MARGINS.top, { width: box(doc).width });
  doc.y += 6;
  drawOpEds(doc, data);
  heading(doc, data.labels.matrix, 60);
  if (data.issues.length === 0) doc.font(REGULAR).fontSize(9.5).fillColor(MUTED).text(data.labels.noIssues);
  else {
    drawMatrix(doc, data);
    drawIssues(doc, data);
  }
  drawLinks(doc, data);
  drawKey(doc, data);
  numberPages(doc, data);
  doc.end();
  return done;
}

/** Each op-ed's short name, as the matrix heads its column, beside its title and byline. */
function drawOpEds(doc: Doc, data: HandoutData): void {
  heading(doc, data.labels.opEds, 30);
  const { left, width } = box(doc);
  doc.font(BOLD).fontSize(9.5);
  const labelWidth = Math.min(width * 0.3, Math.max(0, ...data.opEds.map((o) => doc.widthOfString(o.label))) + 12);
  for (const opEd of data.opEds) {
    doc.font(BOLD).fontSize(9.5);
    const labelHeight = doc.heightOfString(opEd.label, { width: labelWidth - 12 });
    doc.font(REGULAR);
    const aboutHeight = opEd.about ? doc.heightOfString(opEd.about, { width: width - labelWidth }) : 0;
    const y = room(doc, Math.max(labelHeight, aboutHeight));
    doc
      .font(BOLD)
      .fillColor(INK)
      .text(opEd.label, left, y, { width: labelWidth - 12 });
    if (opEd.about)
      doc
        .font(REGULAR)
        .fillColor(INK)
        .text(opEd.about, left + labelWidth, y, { width: width - labelWidth });
    doc.y = y + Math.max(labelHeight, aboutHeight) + 3;
  }
  doc.x = left;
}

/** "pagina 2 van 5" and the title at the foot of every page, once the number of pages is known. */
function numberPages(doc: Doc, data: HandoutData): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const { left, width } = box(doc);
    const y = doc.page.height - MARGINS.bottom + 16;
    // Writing below the bottom margin would make pdfkit start a page; the foot sits in the margin on purpose.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const page = data.labels.page.replace("{n}", String(i + 1)).replace("{count}", String(range.count));
    doc.font(REGULAR).fontSize(7.5).fillColor(MUTED);
    doc.text(data.title, left, y, { width: width * 0.7, lineBreak: false });
    doc.text(page, left, y, { width, align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.flushPages();
}

function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
