import type { Role } from "../../analysis/roles";
import type { ArgumentMap, InferenceKind, Position } from "../../model/map";
import { escapeXml } from "./escape";
import { type EmbeddedFont, FONT_STACK, fontFaceCss } from "./font";
import { fontTextWidth, wrapWithFont } from "./fontMetrics";
import { bylineOf, type ExportLabels, labelsFor, titleOf } from "./labels";
import { type Palette, paletteFor } from "./palette";
import { buildScene, JUNCTION_RADIUS, type Scene } from "./scene";
import { edgeSvg, junctionSvg, num, statementSvg } from "./svgShapes";

export interface SvgOptions {
  /** Only these statements, and the inferences among them. */
  selection?: readonly string[];
  /** Each statement's quoted span(s) under its wording, in italics. */
  quotes?: boolean;
  /** For black-and-white printing: roles by border and dash instead of hue. */
  greyscale?: boolean;
  /** Fonts to embed as data: URIs (the caller reads the files; core cannot). Absent: a standard font stack. */
  embedFont?: EmbeddedFont;
  /** Title and byline above the map; default true. The PDF export sets its own title line instead. */
  header?: boolean;
  /** The legend of the roles present; default true. */
  legend?: boolean;
  /** Positions to draw from; default map.layout. Call withExportLayout first for a map that may lack some. */
  positions?: Record<string, Position>;
  /** For embedding in HTML: no XML declaration, no namespace, statements focusable. */
  inline?: boolean;
}

const MARGIN = 24;
const TITLE_SIZE = 18;
const TITLE_LINE = 23;
const BYLINE_SIZE = 12;
const LEGEND_SIZE = 11;
const LEGEND_ROW = 20;
const MAX_HEADER_WIDTH = 760;
/** How strongly a line across the tree shows where it crosses a box. */
/** Faint enough that the wording under a line across a box reads as if the line were not there. */
const ACROSS_OPACITY = 0.25;

/**
 * The map as a standalone SVG document: a clean teaching diagram that needs no DOM to make and no network to
 * show. Synchronous and pure: positions come from the map (or options.positions); see withExportLayout.
 */
export function renderMapSvg(map: ArgumentMap, options: SvgOptions = {}): string {
  const labels = labelsFor(map);
  const palette = paletteFor(options.greyscale ?? false);
  const scene = buildScene(map, { labels, selection: options.selection, quotes: options.quotes, positions: options.positions });
  const title = titleOf(map);
  const byline = bylineOf(map);
  const legendItems = options.legend === false ? [] : legendOf(scene, labels);
  const legendWidth = legendItems.reduce((w, item) => w + item.width, 0);
  const titleWidth = fontTextWidth(title, TITLE_SIZE, "bold");
  const width = Math.ceil(
    Math.max(scene.bounds.width + 2 * MARGIN, Math.min(Math.max(titleWidth, legendWidth) + 2 * MARGIN, MAX_HEADER_WIDTH), 320),
  );
  const usable = width - 2 * MARGIN;
  const header = options.header === false ? { svg: "", height: 0 } : headerSvg(title, byline, usable, palette);
  const legend = legendSvg(legendItems, usable, MARGIN + header.height, palette);
  const top = MARGIN + header.height + legend.height;
  const dx = MARGIN - scene.bounds.x + (usable - scene.bounds.width) / 2;
  const dy = top - scene.bounds.y;
  const height = Math.ceil(top + scene.bounds.height + MARGIN);
  const drawing = { palette, labels, wordingSize: scene.wordingSize, interactive: options.inline ?? false, offset: { x: dx, y: dy } };
  // The tree's lines run clear of the boxes; the lines across it may cross boxes. Those are drawn twice: in full
  // under the boxes, so they read between them, and faint on top, so a line is seen to go on across a box while
  // the wording under it stays readable (an opacity attribute: svg-to-pdfkit reads no CSS).
  const across = scene.edges
    .filter((e) => e.across)
    .map((e) => edgeSvg(e, palette))
    .join("");
  const body = [
    `<g data-layer="edges">${scene.edges
      .filter((e) => !e.across)
      .map((e) => edgeSvg(e, palette))
      .join("")}</g>`,
    `<g data-layer="edges-across-under">${across}</g>`,
    `<g data-layer="junctions">${scene.junctions.map((j) => junctionSvg(j, palette)).join("")}</g>`,
    `<g data-layer="statements">${scene.boxes.map((b) => statementSvg(b, drawing)).join("")}</g>`,
    `<g data-layer="edges-across" opacity="${ACROSS_OPACITY}">${across}</g>`,
  ].join("\n");
  const font = options.embedFont ? `<defs><style>${fontFaceCss(options.embedFont)}</style></defs>\n` : "";
  const namespace = options.inline ? "" : ` xmlns="http://www.w3.org/2000/svg"`;
  return [
    options.inline ? "" : `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<svg${namespace} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}" role="img" aria-label="${escapeXml(title)}" data-width="${width}" data-height="${height}">\n`,
    `<title>${escapeXml(title)}</title>\n`,
    font,
    `<rect width="${width}" height="${height}" fill="${palette.background}"/>\n`,
    header.svg,
    legend.svg,
    `<g data-layer="map" transform="translate(${num(dx)} ${num(dy)})">\n${body}\n</g>\n`,
    "</svg>\n",
  ].join("");
}

/** The legend alone, for a page that keeps it legible beside a map scaled down to fit (the PDF export). */
export function renderLegendSvg(map: ArgumentMap, options: Pick<SvgOptions, "selection" | "greyscale"> = {}): string {
  const labels = labelsFor(map);
  const palette = paletteFor(options.greyscale ?? false);
  const items = legendOf(buildScene(map, { labels, selection: options.selection }), labels);
  const width = Math.ceil(
    Math.max(
      1,
      items.reduce((w, item) => w + item.width, 0),
    ),
  );
  const legend = legendSvg(items, width, 0, palette, 0);
  const height = Math.max(1, legend.height - 14);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_STACK)}">${legend.svg}</svg>\n`;
}

function headerSvg(title: string, byline: string, usable: number, palette: Palette): { svg: string; height: number } {
  const lines = wrapWithFont(title, usable, TITLE_SIZE, "bold");
  const parts = lines.map(
    (line, k) =>
      `<text x="${MARGIN}" y="${MARGIN + TITLE_SIZE + k * TITLE_LINE}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${palette.text}">${escapeXml(line)}</text>`,
  );
  let height = lines.length * TITLE_LINE + 6;
  if (byline) {
    parts.push(
      `<text x="${MARGIN}" y="${MARGIN + height + BYLINE_SIZE}" font-size="${BYLINE_SIZE}" fill="${palette.muted}">${escapeXml(byline)}</text>`,
    );
    height += BYLINE_SIZE + 8;
  }
  return { svg: `<g data-layer="header">${parts.join("")}</g>\n`, height: height + 10 };
}

type LegendItem = { width: number; draw: (x: number, y: number, palette: Palette) => string };

function legendOf(scene: Scene, labels: ExportLabels): LegendItem[] {
  const item = (text: string, swatch: (x: number, y: number, palette: Palette) => string, swatchWidth = 20): LegendItem => ({
    width: swatchWidth + 6 + fontTextWidth(text, LEGEND_SIZE) + 18,
    draw: (x, y, palette) =>
      `${swatch(x, y, palette)}<text x="${num(x + swatchWidth + 6)}" y="${num(y + 10)}" font-size="${LEGEND_SIZE}" fill="${palette.text}">${escapeXml(text)}</text>`,
  });
  const roleItem = (role: Role) =>
    item(labels.roles[role], (x, y, palette) => {
      const s = palette.roles[role];
      return `<rect x="${num(x)}" y="${num(y)}" width="20" height="13" rx="3" ry="3" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.strokeWidth}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`;
    });
  const items = scene.roles.map(roleItem);
  if (scene.hasImplicit) {
    items.push(
      item(labels.implicit, (x, y, palette) => {
        const s = palette.roles.premise;
        const dash = palette.implicitDash ? ` stroke-dasharray="4 3"` : "";
        return `<rect x="${num(x)}" y="${num(y)}" width="20" height="13" rx="3" ry="3" fill="${palette.implicitFill ?? s.fill}" stroke="${s.stroke}" stroke-width="1.25"${dash}/>`;
      }),
    );
  }
  for (const kind of scene.kinds) items.push(item(kind === "support" ? labels.supports : labels.attacks, kindSwatch(kind), 34));
  return items;
}

function kindSwatch(kind: InferenceKind): (x: number, y: number, palette: Palette) => string {
  return (x, y, palette) => {
    const colour = kind === "attack" ? palette.attack : palette.support;
    const dash = kind === "attack" && palette.attackDash ? ` stroke-dasharray="4 3"` : "";
    const cy = y + 6.5;
    const r = JUNCTION_RADIUS - 2;
    const mark =
      kind === "support"
        ? `<circle cx="${num(x + 8)}" cy="${num(cy)}" r="${r}" fill="${colour}"/>`
        : `<circle cx="${num(x + 8)}" cy="${num(cy)}" r="${r}" fill="${palette.background}" stroke="${colour}" stroke-width="1.5"/><path d="M${num(x + 5.5)},${num(cy - 2.5)} L${num(x + 10.5)},${num(cy + 2.5)} M${num(x + 10.5)},${num(cy - 2.5)} L${num(x + 5.5)},${num(cy + 2.5)}" stroke="${colour}" stroke-width="1.5"/>`;
    return `<line x1="${num(x + 8 + r)}" y1="${num(cy)}" x2="${num(x + 28)}" y2="${num(cy)}" stroke="${colour}" stroke-width="1.5"${dash}/><polygon points="${num(x + 34)},${num(cy)} ${num(x + 27)},${num(cy - 3.5)} ${num(x + 27)},${num(cy + 3.5)}" fill="${colour}"/>${mark}`;
  };
}

function legendSvg(
  items: readonly LegendItem[],
  usable: number,
  top: number,
  palette: Palette,
  left = MARGIN,
): { svg: string; height: number } {
  if (items.length === 0) return { svg: "", height: 0 };
  const drawn: string[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    if (x > 0 && x + item.width > usable) {
      x = 0;
      row++;
    }
    drawn.push(item.draw(left + x, top + row * LEGEND_ROW, palette));
    x += item.width;
  }
  return { svg: `<g data-layer="legend">${drawn.join("")}</g>\n`, height: (row + 1) * LEGEND_ROW + 14 };
}
