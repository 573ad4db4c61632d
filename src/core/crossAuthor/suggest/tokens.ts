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
  // Most words are plain ASCII, which has nothing to decompose.
  return NON_ASCII.test(text) ? text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase() : text.toLowerCase();
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Every run of letters and digits, as written: hyphenated compounds ("NAVO-lid") count as their parts. */
export function tokensOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = fold(m[0]);
    words.push({ form: m[0], folded, stem: stem(folded), at: m.index });
  }
  return words;
}

const DOUBLED = /(bb|dd|ff|gg|kk|ll|mm|nn|pp|rr|ss|tt)$/;

/**
 * A light stem for Dutch (and English plurals): strips the endings of plurals and inflected adjectives and
 * verbs, so "gebieden", "gebied"; "bezette", "bezet"; "Amerikaanse", "Amerikaans"; "Poetins", "Poetin" meet.
 * It only needs to bring forms of one word together within these texts, not to be a linguist's stem; words of
 * four letters or fewer are left alone, since stripping them mostly makes new homographs.
 */
export function stem(folded: string): string {
  let found = stems.get(folded);
  if (found === undefined) {
    found = stemOf(folded);
    // A language has a bounded number of word forms, but a session may read many texts: start over when full.
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(folded, found);
  }
  return found;
}

const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

function stemOf(folded: string): string {
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
