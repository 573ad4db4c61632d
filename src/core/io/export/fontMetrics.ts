/**
 * Advance widths of Noto Sans, the font in assets/fonts that every export renders with, in thousandths of an em,
 * for the characters op-eds use (ASCII, Latin-1, Latin Extended-A, general punctuation, the euro sign).
 * Core's layout estimates widths for any sans-serif so that a box has the same size everywhere; the export
 * measures with the real font to keep every line inside that box. Pure data: core cannot open font files.
 * fontMetrics.test.ts checks this table against the font files and prints a fresh one.
 */
export type FontWeight = "regular" | "bold";

type Ranges = readonly (readonly [first: number, widths: string])[];

export const NOTO_SANS_REGULAR: Ranges = [
  [
    0x20,
    "260 269 408 646 572 831 732 225 300 300 551 572 268 322 268 372 572 572 572 572 572 572 572 572 572 572 268 268 572 572 572 434 899 639 650 632 730 556 519 728 741 339 273 619 524 907 760 781 605 781 622 549 556 731 600 930 586 566 572 329 372 329 572 444 281 561 615 480 615 564 344 615 618 258 258 534 258 935 618 605 615 615 413 479 361 618 508 786 529 510 470 380 551 380 572",
  ],
  [
    0xa0,
    "260 269 572 572 572 572 551 513 580 832 357 509 572 0 832 500 428 572 350 350 281 623 655 268 225 350 376 509 745 771 781 434 639 639 639 639 639 639 881 632 556 556 556 556 339 339 339 339 730 760 781 781 781 781 781 572 781 731 731 731 731 566 605 631 561 561 561 561 561 561 864 480 564 564 564 564 258 258 258 258 605 618 605 605 605 605 605 572 605 618 618 618 618 510 615 510",
  ],
  [
    0x100,
    "639 561 639 561 639 561 632 480 632 480 632 480 632 480 730 615 730 617 556 564 556 564 556 564 556 564 556 564 728 615 728 615 728 615 728 615 741 618 741 618 339 258 339 258 339 258 339 258 339 258 612 516 273 258 619 534 534 524 258 524 258 524 258 524 268 524 258 760 618 760 618 760 618 688 760 618 781 605 781 605 781 605 928 946 622 413 622 413 622 413 549 479 549 479 549 479 549 479 556 361 556 361 556 361 731 618 731 618 731 618 731 618 731 618 731 618 930 786 566 510 566 572 470 572 470 572 470 326",
  ],
  [0x2010, "322 322 572 500 1000 1000 551 411 175 175 250 175 359 359 416 359 512 512 376 368 500 536 791 268"],
  [0x20ac, "572"],
];

export const NOTO_SANS_BOLD: Ranges = [
  [
    0x20,
    "260 286 472 646 572 901 750 266 339 339 545 572 285 322 285 413 572 572 572 572 572 572 572 572 572 572 285 285 572 572 572 477 897 690 672 637 740 560 549 724 765 389 331 664 565 943 813 796 628 796 660 551 579 756 650 967 667 624 579 331 413 331 572 411 362 604 633 514 633 591 387 633 657 305 305 620 305 982 657 619 633 633 454 497 434 657 569 856 578 569 488 394 551 394 572",
  ],
  [
    0xa0,
    "260 286 572 572 572 572 551 486 607 832 383 615 572 0 832 500 428 572 379 379 362 660 655 285 205 379 388 615 830 874 845 477 690 690 690 690 690 690 952 637 560 560 560 560 389 389 389 389 740 813 796 796 796 796 796 572 796 756 756 756 756 624 628 711 604 604 604 604 604 604 917 514 591 591 591 591 305 305 305 305 619 657 619 619 619 619 619 572 619 657 657 657 657 569 633 569",
  ],
  [
    0x100,
    "690 604 690 604 690 604 637 514 637 514 637 514 637 514 740 633 740 649 560 591 560 591 560 591 560 591 560 591 724 633 724 633 724 633 724 633 765 657 765 657 389 305 389 305 389 305 389 305 389 305 720 610 331 305 664 620 620 565 305 565 305 565 305 565 362 565 305 813 657 813 657 813 657 770 813 657 796 619 796 619 796 619 973 978 660 454 660 454 660 454 551 497 551 497 551 497 551 497 579 434 579 434 579 434 756 657 756 657 756 657 756 657 756 657 756 657 967 856 624 569 624 579 488 579 488 579 488 383",
  ],
  [0x2010, "322 322 572 500 1000 1000 551 411 217 217 285 217 445 445 513 445 516 516 376 376 500 570 855 285"],
  [0x20ac, "572"],
];

function tableOf(ranges: Ranges): Map<number, number> {
  const widths = new Map<number, number>();
  for (const [first, list] of ranges) {
    for (const [k, w] of list.split(" ").entries()) widths.set(first + k, Number(w));
  }
  return widths;
}

const TABLES: Record<FontWeight, Map<number, number>> = { regular: tableOf(NOTO_SANS_REGULAR), bold: tableOf(NOTO_SANS_BOLD) };

/** A character outside the table (Greek, Cyrillic, emoji) counts as wide, so that it never overflows. */
const UNKNOWN_WIDTH = 760;

export function fontTextWidth(text: string, fontSize: number, weight: FontWeight = "regular"): number {
  const table = TABLES[weight];
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // Combining marks (a decomposed ë) sit on the letter before them and take no room.
    if (code >= 0x300 && code <= 0x36f) continue;
    units += table.get(code) ?? UNKNOWN_WIDTH;
  }
  return (units * fontSize) / 1000;
}

/** Greedy word wrap measured with the export font; a word longer than a line is broken. */
export function wrapWithFont(text: string, maxWidth: number, fontSize: number, weight: FontWeight = "regular"): string[] {
  const fits = (s: string) => fontTextWidth(s, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (!fits(line) && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** The text cut to a width, with an ellipsis when something had to go. */
export function fitWithFont(text: string, maxWidth: number, fontSize: number, weight: FontWeight = "regular"): string {
  if (fontTextWidth(text, fontSize, weight) <= maxWidth) return text;
  let cut = text.length;
  while (cut > 0 && fontTextWidth(`${text.slice(0, cut).trimEnd()}…`, fontSize, weight) > maxWidth) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** At most maxLines lines; the last one ends in an ellipsis when the text went on. */
export function clampLines(
  lines: string[],
  maxLines: number,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = "regular",
): string[] {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitWithFont(`${kept[maxLines - 1] ?? ""}…`, maxWidth, fontSize, weight);
  return kept;
}
