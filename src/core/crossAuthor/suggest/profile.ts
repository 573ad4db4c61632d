import type { Statement } from "../../model/map";
import { type Name, namesIn } from "./names";
import { compoundParts, contentWords, fold } from "./words";

/** What a statement is about, as the suggestions compare it. */
export interface Profile {
  /** Term weights by stem: the wording counts fully, the quoted words of the source text at half weight. */
  terms: Map<string, number>;
  /** A readable form of each stem, from the wording where it occurs there. */
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

/** What the whole workspace tells about one statement's words. */
export interface Vocabulary {
  /** Words known as names (see knownNames). */
  names: ReadonlySet<string>;
  /** Every stem of the workspace's statements, to split compounds into known words. */
  stems: ReadonlySet<string>;
}

/** The texts of a statement: its wording and the quotes of its anchors. */
export function textsOf(statement: Statement): string[] {
  return [statement.text, ...statement.anchors.map((a) => a.exact)];
}

export function profileOf(statement: Statement, vocabulary: Vocabulary): Profile {
  const terms = new Map<string, number>();
  const forms = new Map<string, string>();
  const names = new Map<string, string>();
  const add = (text: string, weight: number) => {
    for (const word of contentWords(text)) {
      terms.set(word.stem, (terms.get(word.stem) ?? 0) + weight);
      if (!forms.has(word.stem)) forms.set(word.stem, word.form);
      for (const part of compoundParts(word.folded, vocabulary.stems)) {
        terms.set(part, (terms.get(part) ?? 0) + weight * PART_WEIGHT);
        if (!forms.has(part)) forms.set(part, word.form);
      }
    }
    for (const name of namesIn(text, vocabulary.names)) addName(names, name);
  };
  add(statement.text, 1);
  for (const anchor of statement.anchors) add(anchor.exact, QUOTE_WEIGHT);
  return { terms, forms, names, trigrams: trigramsOf(statement.text) };
}

function addName(names: Map<string, string>, name: Name): void {
  if (!names.has(name.key)) names.set(name.key, name.form);
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
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}
