/**
 * Where a word of the handout's matrix may be hyphenated, by a small rule for Dutch syllables (no hyphenation
 * library is installed, and the matrix only needs it when a word is wider than its column even after the column
 * was widened and the text shrunk). Between two vowels one consonant goes to the next syllable ("ma-ken"); of
 * more, the last goes ("kin-de-ren", "kings-macht": so a compound's linking s stays with the first part), or
 * the last two when they can start a syllable ("af-schrik", "Oe-kra-ï-ne", "op-flak-ke-ren"). "ch" and "sch"
 * are never split; "ij" is a vowel; a vowel with a diaeresis starts a syllable. It does not know compounds or
 * loanwords ("Was-hington"), which is why the caller keeps at least three letters on either side of a break.
 */

const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûüýÿ]/;
/** A vowel that starts a new syllable after another vowel: the diaeresis says so ("Oekraïne", "België"). */
const DIAERESIS = /[äëïöüÿ]/;
/** Consonants read as one sound: never split. */
const UNITS = ["sch", "ch", "th"];
/** A consonant and r or l that can start a syllable together ("Oe-kra-ïne", "op-flak-ken"). */
const ONSET = /^(p|b|t|d|k|g|f|v|ch|sch)[rl]$/;

/** The positions in `word` (string offsets) before which it may break, by syllable. */
export function syllableBreaks(word: string): number[] {
  const lower = word.toLowerCase();
  const breaks: number[] = [];
  let at = 0;
  while (at < lower.length) {
    if (!/\p{L}/u.test(lower.charAt(at))) {
      at++;
      continue;
    }
    const end = runEnd(lower, at);
    breaks.push(...runBreaks(lower.slice(at, end)).map((b) => b + at));
    at = end;
  }
  return breaks;
}

function runEnd(word: string, start: number): number {
  let end = start;
  while (end < word.length && /\p{L}/u.test(word.charAt(end))) end++;
  return end;
}

interface Piece {
  vowel: boolean;
  start: number;
  text: string;
}

/** Breaks inside one run of letters. */
function runBreaks(run: string): number[] {
  const pieces = piecesOf(run);
  const breaks: number[] = [];
  let previous = pieces.findIndex((p) => p.vowel);
  for (let i = previous + 1; previous >= 0 && i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece?.vowel) continue;
    const between = pieces.slice(previous + 1, i);
    const first = between[0];
    if (!first) breaks.push(piece.start);
    else if (between.length === 1) breaks.push(first.start);
    else {
      const lastTwo = between.slice(-2);
      const onset = ONSET.test(lastTwo.map((p) => p.text).join(""));
      breaks.push((onset ? lastTwo[0] : lastTwo[1])?.start ?? first.start);
    }
    previous = i;
  }
  return breaks;
}

/** The run as vowel groups (the nuclei of syllables) and consonant units. */
function piecesOf(run: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < run.length) {
    const rest = run.slice(at);
    const last = pieces[pieces.length - 1];
    if (rest.startsWith("ij") && at > 0 && !last?.vowel) {
      pieces.push({ vowel: true, start: at, text: "ij" });
      at += 2;
    } else if (VOWEL.test(rest.charAt(0))) {
      const letter = rest.charAt(0);
      if (last?.vowel && !DIAERESIS.test(letter)) last.text += letter;
      else pieces.push({ vowel: true, start: at, text: letter });
      at += 1;
    } else {
      const unit = UNITS.find((u) => rest.startsWith(u)) ?? rest.charAt(0);
      pieces.push({ vowel: false, start: at, text: unit });
      at += unit.length;
    }
  }
  return pieces;
}
