import { FONT_SIZE, HEADER_HEIGHT, LINE_HEIGHT, NODE_PADDING } from "../../layout/measure";
import { escapeXml } from "./escape";
import { fontTextWidth } from "./fontMetrics";
import type { Point } from "./geometry";
import type { ExportLabels } from "./labels";
import type { Palette } from "./palette";
import { type Edge, type Junction, LABEL_SIZE, QUOTE_LINE_HEIGHT, QUOTE_SIZE, type StatementBox } from "./scene";

/**
 * The shapes of the diagram as SVG elements. Presentation attributes only, no CSS classes: svg-to-pdfkit (the
 * PDF export) reads attributes and ignores style sheets, and resvg (PNG) reads both.
 */

/** Numbers with at most two decimals: smaller files, stable output for tests and diffs. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function points(list: readonly Point[]): string {
  return list.map((p) => `${num(p.x)},${num(p.y)}`).join(" ");
}

export interface BoxDrawing {
  palette: Palette;
  labels: ExportLabels;
  wordingSize: number;
  /** The HTML viewer makes boxes focusable buttons named by their role and wording. */
  interactive: boolean;
  /** Where the map layer sits in the SVG, so the viewer knows each box's place to pan to. */
  offset: Point;
}

export function statementSvg(box: StatementBox, drawing: BoxDrawing): string {
  const { palette } = drawing;
  const style = palette.roles[box.role];
  const dash = box.implicit && palette.implicitDash ? palette.implicitDash : style.dash;
  const fill = box.implicit && palette.implicitFill ? palette.implicitFill : style.fill;
  const left = box.x + NODE_PADDING;
  const inner = box.width - 2 * NODE_PADDING;
  const parts = [
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="6" ry="6" fill="${fill}" stroke="${style.stroke}" stroke-width="${style.strokeWidth}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`,
    `<text x="${num(left)}" y="${num(box.y + NODE_PADDING + LABEL_SIZE)}" font-size="${LABEL_SIZE}" font-weight="bold" fill="${style.stroke}">${escapeXml(box.label)}</text>`,
  ];
  const firstBaseline = box.y + NODE_PADDING + HEADER_HEIGHT + LINE_HEIGHT - (LINE_HEIGHT - FONT_SIZE) / 2 - 2;
  box.lines.forEach((line, k) => {
    // A line that would still overrun its box in the export font is pressed to fit rather than cut.
    const squeeze = fontTextWidth(line, drawing.wordingSize) > inner ? ` textLength="${num(inner)}" lengthAdjust="spacingAndGlyphs"` : "";
    parts.push(
      `<text x="${num(left)}" y="${num(firstBaseline + k * LINE_HEIGHT)}" font-size="${drawing.wordingSize}" fill="${palette.text}"${squeeze}>${escapeXml(line)}</text>`,
    );
  });
  // Quotes lean by a skew, not font-style italic: the bundled font has no italic face, and resvg (PNG) does
  // not slant a missing one, so the skew keeps them italic in every export alike.
  const quoteTop = box.y + NODE_PADDING + HEADER_HEIGHT + box.lines.length * LINE_HEIGHT + 5;
  box.quoteLines.forEach((line, k) => {
    parts.push(
      `<text transform="translate(${num(left)} ${num(quoteTop + (k + 1) * QUOTE_LINE_HEIGHT - 3.5)}) skewX(-10)" font-size="${QUOTE_SIZE}" fill="${palette.muted}">${escapeXml(line)}</text>`,
    );
  });
  const id = escapeXml(box.statement.id);
  const name = `${box.label}: ${box.statement.text}`;
  const where = [box.x + drawing.offset.x, box.y + drawing.offset.y, box.width, box.height].map(num).join(" ");
  const focus = drawing.interactive
    ? ` class="statement" tabindex="0" role="button" aria-label="${escapeXml(name)}" data-box="${where}"`
    : "";
  return `<g data-statement="${id}" data-role="${box.role}"${focus}>${parts.join("")}</g>`;
}

export function junctionSvg(junction: Junction, palette: Palette): string {
  const { cx, cy, r } = junction;
  const id = escapeXml(junction.inference.id);
  if (junction.inference.kind === "support") {
    return `<circle data-inference="${id}" cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${palette.support}" stroke="${palette.background}" stroke-width="1.5"/>`;
  }
  const d = r * 0.5;
  const cross = `M${num(cx - d)},${num(cy - d)} L${num(cx + d)},${num(cy + d)} M${num(cx + d)},${num(cy - d)} L${num(cx - d)},${num(cy + d)}`;
  return (
    `<g data-inference="${id}"><circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${palette.background}" stroke="${palette.attack}" stroke-width="1.75"/>` +
    `<path d="${cross}" fill="none" stroke="${palette.attack}" stroke-width="1.75" stroke-linecap="round"/></g>`
  );
}

export function edgeSvg(edge: Edge, palette: Palette): string {
  const colour = edge.kind === "attack" ? palette.attack : palette.support;
  const dash = edge.kind === "attack" && palette.attackDash ? ` stroke-dasharray="${palette.attackDash}"` : "";
  const line = `<line x1="${num(edge.from.x)}" y1="${num(edge.from.y)}" x2="${num(edge.to.x)}" y2="${num(edge.to.y)}" stroke="${colour}" stroke-width="1.5"${dash}/>`;
  const head = edge.arrow ? `<polygon points="${points(edge.arrow)}" fill="${colour}"/>` : "";
  return line + head;
}
