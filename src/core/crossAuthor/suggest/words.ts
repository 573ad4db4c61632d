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

/** Every word of a text; hyphenated compounds ("staakt-het-vuren", "NAVO-lid") count as their parts. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = fold(m[0]);
    words.push({ form: m[0], folded, stem: stem(folded), at: m.index });
  }
  return words;
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
