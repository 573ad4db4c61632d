import { CONCEPTS } from "./concepts";
import { PhraseTable } from "./phrases";
import { isStopWord } from "./stopWords";
import { fold, stem, tokensOf, type Word } from "./tokens";

export { fold, stem, type Word } from "./tokens";

let concepts: PhraseTable | undefined;

/**
 * Every word of a text; hyphenated compounds ("NAVO-lid") count as their parts. A form of a concept
 * (concepts.ts) is one word, read as the concept: "het Witte Huis" gives "Witte Huis", folded "vs".
 */
export function wordsOf(text: string): Word[] {
  concepts ??= new PhraseTable(CONCEPTS);
  const words = tokensOf(text);
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const match = concepts.matchAt(text, words, i);
    if (!match) {
      joined.push(word);
      continue;
    }
    const last = words[i + match.length - 1] as Word;
    const folded = fold(match.key);
    joined.push({ form: text.slice(word.at, last.at + last.form.length), folded, stem: stem(folded), at: word.at });
    i += match.length - 1;
  }
  return joined;
}

/** The words that carry content: no stop words, no single letters, no bare numbers. */
export function contentWords(text: string): Word[] {
  return wordsOf(text).filter(isContentWord);
}

export function isContentWord(word: Word): boolean {
  return word.folded.length > 1 && !/^\d+$/.test(word.folded) && !isStopWord(word.folded);
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
