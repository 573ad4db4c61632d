import type { Statement } from "../../model/map";
import { stateOf } from "./leaders";
import { namesIn } from "./names";
import { themeOfStem, themesIn } from "./themes";
import { compoundParts, fold, isContentWord, type Word } from "./words";

/** What a statement is about, as the suggestions compare it. */
export interface Profile {
  /**
   * Term weights: stems of the words (the wording fully, the quoted words of the source text at half weight),
   * parts of compounds, and themes (keys starting with THEME_MARK).
   */
  terms: Map<string, number>;
  /** A readable form of each term, from the wording where it occurs there. */
  forms: Map<string, string>;
  /** Names by key, with a form as written. */
  names: Map<string, string>;
  /** Letter trigrams of the wording, for "similar wording". */
  trigrams: Set<string>;
}

/** The quoted words of the source carry the author's own vocabulary, which the analyst's paraphrase may lose. */
const QUOTE_WEIGHT = 0.5;
/** A part of a compound says less than the word itself: "vredesinspanning" is not all about "vrede". */
const PART_WEIGHT = 0.5;
/**
 * A near-synonym counts as a shared word (themes.ts). Measured on the bundled workspace: the themes bring two
 * links into the top five (26 to 28); at half weight both fall out again.
 */
const THEME_WEIGHT = 1;

/** Starts the key of a theme among the terms; stems are letters and digits only, so the two never meet. */
export const THEME_MARK = "~";

/** What the whole workspace tells about one statement's words. */
export interface Vocabulary {
  /** Words known as names (see knownNames). */
  names: ReadonlySet<string>;
  /** Every stem of the workspace's statements, to split compounds into known words. */
  stems: ReadonlySet<string>;
  /** Parts of compounds by folded word, filled as met: most words come back in many statements. */
  parts: Map<string, string[]>;
  /** The words of a text (wordsOf), read once per text for the whole workspace. */
  read: (text: string) => Word[];
}

/** The texts of a statement: its wording and the quotes of its anchors. */
export function textsOf(statement: Statement): string[] {
  return [statement.text, ...statement.anchors.map((a) => a.exact)];
}

export function profileOf(statement: Statement, vocabulary: Vocabulary): Profile {
  const terms = new Map<string, number>();
  const forms = new Map<string, string>();
  const names = new Map<string, string>();
  const put = (term: string, weight: number, form: string) => {
    terms.set(term, (terms.get(term) ?? 0) + weight);
    if (!forms.has(term)) forms.set(term, form);
  };
  const add = (text: string, weight: number) => {
    const words = vocabulary.read(text);
    const themed = new Set<number>();
    for (const { theme, word, form } of themesIn(text, words)) {
      put(THEME_MARK + theme, weight * THEME_WEIGHT, form);
      themed.add(word.at);
    }
    for (const word of words) {
      if (!isContentWord(word)) continue;
      put(word.stem, weight, word.form);
      for (const part of partsOf(word, vocabulary)) {
        put(part, weight * PART_WEIGHT, word.form);
        const theme = themed.has(word.at) ? undefined : themeOfStem(part);
        if (theme) put(THEME_MARK + theme, weight * THEME_WEIGHT * PART_WEIGHT, word.form);
      }
    }
    for (const name of namesIn(text, vocabulary.names, words)) {
      if (!names.has(name.key)) names.set(name.key, name.form);
      // A head of state speaks for the state (leaders.ts): "Trump" and "Amerikaanse" share a name.
      for (const state of stateOf(name.form)) if (!names.has(state)) names.set(state, name.form);
    }
  };
  add(statement.text, 1);
  for (const anchor of statement.anchors) add(anchor.exact, QUOTE_WEIGHT);
  return { terms, forms, names, trigrams: trigramsOf(statement.text) };
}

function partsOf(word: Word, vocabulary: Vocabulary): string[] {
  let parts = vocabulary.parts.get(word.folded);
  if (!parts) {
    parts = compoundParts(word.folded, vocabulary.stems);
    vocabulary.parts.set(word.folded, parts);
  }
  return parts;
}

function trigramsOf(text: string): Set<string> {
  const letters = ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= letters.length; i++) grams.add(letters.slice(i, i + 3));
  return grams;
}

/** Sørensen–Dice overlap of two sets: 1 for the same set, 0 for nothing shared. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}
