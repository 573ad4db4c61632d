/**
 * Box sizes for statements, shared by automatic layout, the canvas and the SVG export so that a box is the same
 * size everywhere. There is no DOM to measure with in core, so text width comes from the advance widths of Noto
 * Sans, the font the canvas asks for first (styles.css) and the export embeds. The numbers mirror the canvas CSS
 * (.statement: 240 px wide, 8 px × 10 px padding, 2 px border, 3 px for the central claim, 13/17 px text, a
 * 14 px label line with 2 px below it); the e2e test of the bundled maps checks them against the real boxes.
 */
export const NODE_WIDTH = 240;
export const FONT_SIZE = 13;
export const LINE_HEIGHT = 17;
/** Horizontal padding inside a box. */
export const NODE_PADDING = 10;
/** The role label line above the wording. */
export const HEADER_HEIGHT = 16;
export const JUNCTION_SIZE = 18;
const PADDING_Y = 8;
const BORDER = 2;
const CENTRAL_BORDER = 3;

/**
 * Advance widths of Noto Sans Regular in thousandths of an em, measured in Chromium: each entry is a character
 * and its width ("a561"); the space is 260. Other characters count as their base letter (ë as e).
 */
const ADVANCE = new Map<string, number>([
  [" ", 0.26],
  ...(
    "a561 b615 c480 d615 e564 f344 g615 h618 i258 j258 k534 l258 m935 n618 o605 p615 q615 r413 s479 " +
    "t361 u618 v508 w786 x529 y510 z470 A639 B650 C632 D730 E556 F519 G728 H741 I339 J273 K619 L524 " +
    "M907 N760 O781 P605 Q781 R622 S549 T556 U731 V600 W930 X586 Y566 Z572 .268 ,268 :268 ;268 '225 " +
    '’175 ‘175 !269 |551 (300 )300 [329 ]329 -322 –500 —1000 "408 “359 ”359 ?435 %831 @899 &732 /372'
  )
    .split(" ")
    .map((entry): [string, number] => [entry.charAt(0), Number(entry.slice(1)) / 1000]),
]);
const DIGIT = 0.572;
/** Wider than most letters, so that an unknown character makes a box too tall rather than too short. */
const OTHER = 0.65;

export function charWidth(ch: string, fontSize = FONT_SIZE): number {
  const known = ADVANCE.get(ch) ?? (ch >= "0" && ch <= "9" ? DIGIT : ADVANCE.get(ch.normalize("NFD").charAt(0)));
  return fontSize * (known ?? OTHER);
}

export function textWidth(text: string, fontSize = FONT_SIZE): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, fontSize);
  return w;
}

/** Widths of words at the canvas font size, remembered: the same words come back in every statement. */
const wordWidths = new Map<string, number>();

function wordWidth(word: string, fontSize: number): number {
  if (fontSize !== FONT_SIZE) return textWidth(word, fontSize);
  let w = wordWidths.get(word);
  if (w === undefined) {
    w = textWidth(word, fontSize);
    if (wordWidths.size > 50_000) wordWidths.clear();
    wordWidths.set(word, w);
  }
  return w;
}

/** Greedy word wrap to a width in pixels; a word longer than the line is broken. */
export function wrapText(text: string, maxWidth: number, fontSize = FONT_SIZE): string[] {
  const lines: string[] = [];
  const space = charWidth(" ", fontSize);
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const width = wordWidth(word, fontSize);
      if (line && lineWidth + space + width <= maxWidth) {
        line = `${line} ${word}`;
        lineWidth += space + width;
        continue;
      }
      if (!line && width <= maxWidth) {
        line = word;
        lineWidth = width;
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
      lineWidth = textWidth(line, fontSize);
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The size of a statement's box on the canvas. The wording wraps inside the padding and the border, so the
 * central claim's thicker border leaves it a little less room and makes it a little taller.
 */
export function statementSize(text: string, central = false): { width: number; height: number } {
  const border = central ? CENTRAL_BORDER : BORDER;
  const lines = Math.max(1, wrapText(text || " ", NODE_WIDTH - 2 * NODE_PADDING - 2 * border).length);
  return { width: NODE_WIDTH, height: 2 * PADDING_Y + 2 * border + HEADER_HEIGHT + lines * LINE_HEIGHT };
}
