/**
 * Box sizes for statements, shared by automatic layout, the canvas and the SVG export so that a box is the same
 * size everywhere. Text width is estimated from typical sans-serif advance widths (no DOM to measure with in core);
 * the canvas renders with the same width and line height, so estimates err on the side of a little spare room.
 */
export const NODE_WIDTH = 240;
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;
export const NODE_PADDING = 10;
/** The role label line above the wording. */
export const HEADER_HEIGHT = 16;
export const JUNCTION_SIZE = 18;

const NARROW = new Set("iljtfrI.,:;'’‘!|()[] ");
const WIDE = new Set("mwMW@%");

export function charWidth(ch: string, fontSize = FONT_SIZE): number {
  if (NARROW.has(ch)) return fontSize * 0.3;
  if (WIDE.has(ch)) return fontSize * 0.85;
  if (ch >= "A" && ch <= "Z") return fontSize * 0.66;
  return fontSize * 0.54;
}

export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, fontSize);
  return w;
}

/** Greedy word wrap to a width in pixels; a word longer than the line is broken. */
export function wrapText(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, fontSize) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (textWidth(line, fontSize) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && textWidth(line.slice(0, cut), fontSize) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

export function statementSize(text: string): { width: number; height: number } {
  const lines = Math.max(1, wrapText(text || " ", NODE_WIDTH - 2 * NODE_PADDING).length);
  return { width: NODE_WIDTH, height: Math.ceil(2 * NODE_PADDING + HEADER_HEIGHT + lines * LINE_HEIGHT) };
}
