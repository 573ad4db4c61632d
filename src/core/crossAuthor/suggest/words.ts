import { CONCEPTS } from "./concepts";
import { isStopWord } from "./stopWords";

/** A word of a text as read, with its folded form and its stem. */
export interface Word {
  /** As written, for the reasons shown to the user. */
  form: string;
  /** Lower case without diacritics: "Oekraïne" and "Oekraine" are one word. */
  folded: string;
  stem: string;
  /** Where the word starts in the text. */
  at: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without diacritics (NFD, combining marks dropped). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Every word of a text; hyphenated compounds ("NAVO-lid") count as their parts. A form of a concept
 * (concepts.ts) is one word, read as the concept: "het Witte Huis" gives "Witte Huis", folded "vs".
 */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = fold(m[0]);
    words.push({ form: m[0], folded, stem: stem(folded), at: m.index });
  }
  return joinConcepts(text, words);
}

interface ConceptForm {
  stems: string[];
  folded: string;
}

let conceptForms: Map<string, ConceptForm[]> | undefined;

/** The forms of the concepts by the stem of their first word, longest first so "Witte Huis" wins over a shorter form. */
function formsByFirstStem(): Map<string, ConceptForm[]> {
  if (conceptForms) return conceptForms;
  const byStem = new Map<string, ConceptForm[]>();
  for (const [concept, forms] of Object.entries(CONCEPTS)) {
    const folded = fold(concept);
    for (const form of forms) {
      const stems = [...form.matchAll(WORD)].map((m) => stem(fold(m[0])));
      const first = stems[0];
      if (first !== undefined) byStem.set(first, [...(byStem.get(first) ?? []), { stems, folded }]);
    }
  }
  for (const list of byStem.values()) list.sort((x, y) => y.stems.length - x.stems.length);
  conceptForms = byStem;
  return byStem;
}

function joinConcepts(text: string, words: Word[]): Word[] {
  const forms = formsByFirstStem();
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const match = forms.get(word.stem)?.find((f) => matchesAt(text, words, i, f.stems));
    if (!match) {
      joined.push(word);
      continue;
    }
    const last = words[i + match.stems.length - 1] as Word;
    const form = text.slice(word.at, last.at + last.form.length);
    joined.push({ form, folded: match.folded, stem: stem(match.folded), at: word.at });
    i += match.stems.length - 1;
  }
  return joined;
}

/** Do the words from i on have these stems, with only spaces or hyphens between them? */
function matchesAt(text: string, words: Word[], i: number, stems: string[]): boolean {
  return stems.every((s, k) => {
    const word = words[i + k];
    if (word?.stem !== s) return false;
    const previous = words[i + k - 1];
    return k === 0 || (previous !== undefined && /^[\s\-\u2010\u2011]+$/u.test(text.slice(previous.at + previous.form.length, word.at)));
  });
}

/** The words that carry content: no stop words, no single letters, no bare numbers. */
export function contentWords(text: string): Word[] {
  return wordsOf(text).filter((w) => w.folded.length > 1 && !/^\d+$/.test(w.folded) && !isStopWord(w.folded));
}

const DOUBLED = /(bb|dd|ff|gg|kk|ll|mm|nn|pp|rr|ss|tt)$/;

/**
 * A light stem for Dutch (and English plurals): strips the endings of plurals and inflected adjectives and
 * verbs, so "gebieden", "gebied"; "bezette", "bezet"; "Amerikaanse", "Amerikaans"; "Poetins", "Poetin" meet.
 * It only needs to bring forms of one word together within these texts, not to be a linguist's stem; words of
 * four letters or fewer are left alone, since stripping them mostly makes new homographs.
 */
export function stem(folded: string): string {
  if (folded.length <= 4) return folded;
  let w = folded;
  if (w.endsWith("heden")) return `${w.slice(0, -5)}heid`;
  if (w.endsWith("ies") && w.length > 5) return `${w.slice(0, -3)}y`;
  if (w.endsWith("ingen")) w = w.slice(0, -2);
  else if (w.endsWith("en") && w.length > 5) w = undouble(w.slice(0, -2));
  else if (w.endsWith("e")) w = pluralS(undouble(w.slice(0, -1)));
  else w = pluralS(w);
  if (w === folded && w.endsWith("t") && /[^aeiout]t$/.test(w) && w.length > 5) w = w.slice(0, -1);
  // Dutch doubles a long vowel in a closed syllable: "vrede" / "vreedzaam", "staten" / "staat".
  return w.replace(/([aeou])\1(?=[^aeiou]+$)/, "$1");
}

/** A final s after a consonant: a plural or genitive ("Poetins") or the s of an adjective ("Amerikaans"). */
function pluralS(w: string): string {
  return /[^aeious]s$/.test(w) ? w.slice(0, -1) : w;
}

function undouble(w: string): string {
  return DOUBLED.test(w) ? w.slice(0, -1) : w;
}

/**
 * The parts of a Dutch compound that are words of the corpus themselves: "inlichtingensteun" gives
 * "inlichting" and "steun", "vredesinspanningen" gives "vred" and "inspanning" (stems, the linking s or en
 * dropped). Without this, a compound shares nothing with the words it is made of. Only splits into two parts
 * of at least four letters count, and only when both parts are known stems, which keeps false splits rare.
 */
export function compoundParts(folded: string, knownStems: ReadonlySet<string>): string[] {
  if (folded.length < 9) return [];
  for (let i = folded.length - 4; i >= 4; i--) {
    const tail = stem(folded.slice(i));
    if (!knownStems.has(tail)) continue;
    const head = folded.slice(0, i);
    const heads = [head, head.replace(/s$/, ""), head.replace(/en$/, ""), head.replace(/e$/, "")].filter((h) => h.length >= 4);
    const known = heads.map(stem).find((h) => knownStems.has(h));
    if (known) return [known, tail];
  }
  return [];
}
