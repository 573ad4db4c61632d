import { isStopWord } from "./stopWords";
import { fold, type Word, wordsOf } from "./words";

/** A named entity of a text: a person, place, country or body ("Poetin", "Zelensky", "Europese Unie", "NAVO"). */
export interface Name {
  /** As written. */
  form: string;
  /** What two names must share to count as the same name (see nameKey). */
  key: string;
}

/**
 * Names compare on their first five letters, so the forms of one name meet across Dutch inflection and
 * derived adjectives: "Europa" and "Europese", "Poetin" and "Poetins", "Oekraïne" and "Oekraïens".
 */
export function nameKey(form: string): string {
  return fold(form)
    .split(/\s+/)
    .map((w) => w.slice(0, 5))
    .join(" ");
}

/** Capitalised words (at least one lower-case letter after the first, or an acronym of two or more capitals). */
function capitalised(form: string): boolean {
  return /^\p{Lu}/u.test(form) && form.length > 1;
}

function acronym(form: string): boolean {
  return /^\p{Lu}{2,}$/u.test(form);
}

const OPENING = /[\s"'‘’“”«»(\u2013\u2014-]/u;

/**
 * Is this word the first of a sentence (or of the text, or after an opening quote)? There a capital says
 * nothing, so such a word counts as a name only when it is known as one from elsewhere.
 */
function sentenceInitial(text: string, word: Word): boolean {
  // Walks back over spaces, quotes and dashes only: slicing the text before every word costs quadratic time.
  let i = word.at - 1;
  while (i >= 0 && OPENING.test(text.charAt(i))) i--;
  return i < 0 || /[.!?:;]/.test(text.charAt(i));
}

/** Capitalised words seen away from a sentence start, folded: the names a corpus knows. */
export function knownNames(texts: Iterable<string>, read: (text: string) => Word[] = wordsOf): Set<string> {
  const known = new Set<string>();
  for (const text of texts) {
    for (const word of read(text)) {
      if (acronym(word.form) || (capitalised(word.form) && !sentenceInitial(text, word))) known.add(word.folded);
    }
  }
  return known;
}

/**
 * The names in a text: runs of capitalised words, each word also on its own, so "Europese Unie" gives the
 * multiword name and "Europese" and "Unie". A capital at a sentence start counts only for a known name.
 */
export function namesIn(text: string, known: ReadonlySet<string>, words: readonly Word[] = wordsOf(text)): Name[] {
  const names: Name[] = [];
  let run: Word[] = [];
  const flush = () => {
    if (run.length > 1) {
      names.push({ form: run.map((w) => w.form).join(" "), key: nameKey(run.map((w) => w.folded).join(" ")) });
    }
    run = [];
  };
  for (const [i, word] of words.entries()) {
    const isName =
      acronym(word.form) ||
      (capitalised(word.form) && !isStopWord(word.folded) && (!sentenceInitial(text, word) || known.has(word.folded)));
    if (!isName) {
      flush();
      continue;
    }
    const previous = words[i - 1];
    // A run is broken by anything but spaces between its words ("Europa, Rusland" are two names).
    if (previous && run.length > 0 && !/^\s+$/.test(text.slice(previous.at + previous.form.length, word.at))) flush();
    run.push(word);
    // The key from the folded word, so a form of a concept ("Moskou") is the concept's name ("Rusland").
    names.push({ form: word.form, key: nameKey(word.folded) });
  }
  flush();
  return names;
}
