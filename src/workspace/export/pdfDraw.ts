import SVGtoPDF from "svg-to-pdfkit";
import { cropDrawing, type MapDrawing } from "./pdfMapDrawing";
import type { Size, Tile } from "./pdfTiles";

/** What the PDF export draws with pdfkit: the SVGs, the overview's grid, and a part's page. */

export const MARGIN = 36;
export const REGULAR = "export-regular";
export const BOLD = "export-bold";
export const MUTED = "#555555";
/** The header line of a part's page and the gap under it. */
export const PART_HEADER = 20;
const PART_HEADER_SIZE = 9;
const GRID = "#2f6db5";

export interface Placed {
  x: number;
  y: number;
  scale: number;
  width: number;
  height: number;
}

export function drawSvg(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, size: Size, align: string): void {
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

/**
 * On the overview: each part's own area outlined (the parts' cores cover the map once, so they draw a plain
 * grid), its number in a tab at its top left corner.
 */
export function drawGrid(doc: PDFKit.PDFDocument, drawing: MapDrawing, tiles: readonly Tile[], at: Placed): void {
  const page = (x: number, y: number) => ({ x: at.x + x * at.scale, y: at.y + y * at.scale });
  const cells = tiles.map((tile) => {
    // Within the drawing, so the outer edges of the grid frame the map instead of running off it.
    const x = Math.max(tile.core.x, 0);
    const y = Math.max(tile.core.y, 0);
    const right = Math.min(tile.core.x + tile.core.width, drawing.width);
    const bottom = Math.min(tile.core.y + tile.core.height, drawing.height);
    return { tile, corner: page(x, y), width: (right - x) * at.scale, height: (bottom - y) * at.scale };
  });
  doc.save();
  for (const cell of cells) {
    doc.rect(cell.corner.x, cell.corner.y, cell.width, cell.height).lineWidth(0.75).strokeOpacity(0.6).stroke(GRID);
  }
  doc.restore();
  doc.font(BOLD).fontSize(9);
  for (const { tile, corner } of cells) {
    const label = String(tile.number);
    const width = doc.widthOfString(label) + 6;
    doc
      .save()
      .roundedRect(corner.x + 2, corner.y + 2, width, 12, 2)
      .fillOpacity(0.9)
      .fill(GRID)
      .restore();
    doc.fillColor("#ffffff").text(label, corner.x + 5, corner.y + 3.2, { lineBreak: false });
  }
}

/** One part on its page: a header line, the part at `scale`, its neighbours' numbers in the margins. */
export function drawPart(
  doc: PDFKit.PDFDocument,
  drawing: MapDrawing,
  tiles: readonly Tile[],
  tile: Tile,
  scale: number,
  header: { title: string; part: string },
): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.font(REGULAR).fontSize(PART_HEADER_SIZE).fillColor(MUTED);
  // Room at its right end for the arrow to the part above.
  doc.text(headerLine(doc, header, width - 30), MARGIN, MARGIN, { width: width - 30, lineBreak: false });
  const top = MARGIN + PART_HEADER;
  const size = { width: tile.region.width * scale, height: tile.region.height * scale };
  doc.save();
  doc.rect(MARGIN, top, size.width, size.height).clip();
  drawSvg(doc, cropDrawing(drawing, tile.region), MARGIN, top, size, "xMinYMin meet");
  doc.restore();
  drawNeighbours(doc, tiles, tile, { x: MARGIN, y: top, ...size });
}

/** "Title — part 2 of 5", the title shortened when the line would not fit. */
function headerLine(doc: PDFKit.PDFDocument, { title, part }: { title: string; part: string }, width: number): string {
  const line = (t: string) => `${t} — ${part}`;
  if (doc.widthOfString(line(title)) <= width) return line(title);
  let cut = title.length;
  while (cut > 0 && doc.widthOfString(line(`${title.slice(0, cut).trimEnd()}…`)) > width) cut--;
  return line(`${title.slice(0, cut).trimEnd()}…`);
}

/** Where the map goes on: the number of the part beyond each edge, beside a small arrowhead in the margin. */
function drawNeighbours(doc: PDFKit.PDFDocument, tiles: readonly Tile[], tile: Tile, area: { x: number; y: number } & Size): void {
  // The part whose own area lies just beyond the middle of each edge of this one's.
  const { core } = tile;
  const beyond = (x: number, y: number) =>
    tiles.find((t) => t !== tile && x >= t.core.x && x <= t.core.x + t.core.width && y >= t.core.y && y <= t.core.y + t.core.height);
  const midX = area.x + area.width / 2;
  const midY = area.y + area.height / 2;
  // Each side: the neighbour, where its arrowhead sits in the margin, and which way it points.
  const sides: [Tile | undefined, number, number, number, number][] = [
    [beyond(core.x - 1, core.y + core.height / 2), area.x - 16, midY, -1, 0],
    [beyond(core.x + core.width + 1, core.y + core.height / 2), area.x + area.width + 16, midY, 1, 0],
    // Above, the header line is in the way: the arrow goes to its right end.
    [beyond(core.x + core.width / 2, core.y - 1), area.x + area.width - 4, MARGIN + 10, 0, -1],
    [beyond(core.x + core.width / 2, core.y + core.height + 1), midX, area.y + area.height + 14, 0, 1],
  ];
  doc.font(BOLD).fontSize(8);
  for (const [neighbour, x, y, dx, dy] of sides) {
    if (!neighbour) continue;
    const label = String(neighbour.number);
    const labelWidth = doc.widthOfString(label);
    doc
      .save()
      .polygon([x + dx * 9, y + dy * 9], [x - dy * 4, y + dx * 4], [x + dy * 4, y - dx * 4])
      .fill(GRID)
      .restore();
    const [lx, ly] = dx !== 0 ? [x - labelWidth / 2, y + 6] : [x - labelWidth - 7, y - 6];
    doc.fillColor(GRID).text(label, lx, ly, { lineBreak: false });
  }
}
