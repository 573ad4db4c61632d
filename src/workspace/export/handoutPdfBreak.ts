import type { Doc } from "./handoutPdfKit";
import { syllableBreaks } from "./handoutPdfSyllables";

/**
 * Words in the narrow columns of the handout's matrix. pdfkit cuts a word wider than its line wherever the line
 * ends ("afschrikkingsma-cht"); the matrix first widens a column or shrinks its text so that no word needs a
 * break (minWidth), and where a word still does, it gets soft hyphens here: between syllables, and never with
 * fewer than three letters on either side. pdfkit breaks only at those, and prints a soft hyphen at a line's end
 * as "-".
 */

const SOFT_HYPHEN = "\u00AD";
/** The fewest letters a piece of a broken word keeps: "afschrikkings-macht", never "afschrikkingsmach-t". */
export const FEWEST_LETTERS = 3;

/** The pieces pdfkit measures one by one: words, each with the space after it, and split after a hard hyphen. */
function segmentsOf(text: string): string[] {
  return text.match(/[^\s-]*-+|[^\s-]+\s*|\s+/g) ?? [];
}

/** The narrowest line on which no segment of `text` has to be cut, at the current font and size. */
export function minWidth(doc: Doc, text: string): number {
  return Math.max(0, ...segmentsOf(text).map((s) => doc.widthOfString(s)));
}

/** The narrowest line on which `text` fits if its words may break between syllables, three letters kept each side. */
export function minSyllableWidth(doc: Doc, text: string): number {
  const widths = segmentsOf(text).map((segment) => {
    const { word, tail } = split(segment);
    // Every syllable break that keeps three letters since the last one kept: the word in its narrowest pieces.
    const kept: number[] = [];
    for (const at of syllableBreaks(word)) if (allowed(word, at, kept.at(-1) ?? 0)) kept.push(at);
    const starts = [0, ...kept];
    return Math.max(
      ...starts.map((from, i) => {
        const to = kept[i];
        return to === undefined
          ? doc.widthOfString(`${word.slice(from)}${tail}`)
          : doc.widthOfString(`${word.slice(from, to)}${SOFT_HYPHEN}-`);
      }),
    );
  });
  return Math.max(0, ...widths);
}

/** The text with soft hyphens in each segment too wide for `width` at the current font and size. */
export function breakable(doc: Doc, text: string, width: number): string {
  return segmentsOf(text)
    .map((segment) => {
      if (doc.widthOfString(segment) <= width) return segment;
      const { word, tail } = split(segment);
      return `${piecesOf(doc, word, tail, width).join(SOFT_HYPHEN)}${tail}`;
    })
    .join("");
}

const lettersIn = (text: string) => (text.match(/\p{L}/gu) ?? []).length;

function split(segment: string): { word: string; tail: string } {
  const [, word = "", tail = ""] = /^(.*?)(\s*)$/s.exec(segment) ?? [];
  return { word, tail };
}

/** A break before `at` leaves three letters since the last break (at `from`) and three after it. */
function allowed(word: string, at: number, from: number): boolean {
  return lettersIn(word.slice(from, at)) >= FEWEST_LETTERS && lettersIn(word.slice(at)) >= FEWEST_LETTERS;
}

/**
 * The word in pieces that each fit `width` with a hyphen after them, the last with the word's trailing space:
 * each piece runs to the furthest syllable break that fits, or, where no syllable break does, the furthest letter.
 */
function piecesOf(doc: Doc, word: string, tail: string, width: number): string[] {
  const syllables = syllableBreaks(word);
  const everywhere = Array.from({ length: word.length - 1 }, (_, i) => i + 1).filter((at) => /\p{L}/u.test(word.charAt(at)));
  const pieces: string[] = [];
  let from = 0;
  while (doc.widthOfString(`${word.slice(from)}${tail}`) > width) {
    const fits = (at: number) =>
      at > from && allowed(word, at, from) && doc.widthOfString(`${word.slice(from, at)}${SOFT_HYPHEN}-`) <= width;
    const at = syllables.filter(fits).at(-1) ?? everywhere.filter(fits).at(-1);
    if (at === undefined) break;
    pieces.push(word.slice(from, at));
    from = at;
  }
  return [...pieces, word.slice(from)];
}
