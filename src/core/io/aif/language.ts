import { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from "../../crossAuthor/suggest/stopWords";

export interface LanguageGuess {
  /** "nl" or "en"; undefined when the words do not tell. */
  language: "nl" | "en" | undefined;
  dutch: number;
  english: number;
}

/** Fewer hits than this say nothing: a title or a handful of statements is too little to go on. */
const ENOUGH = 5;

/**
 * Dutch or English, by counting the stop words of each language in the text. Words on both lists ("in", "is",
 * "over") count for neither. One language wins when it has at least twice the hits of the other, and enough of
 * them; otherwise the answer is "unknown" rather than a guess. AIF carries no language, and a map without one
 * is exported in English, so this keeps a Dutch map Dutch on its way back.
 */
export function guessLanguage(text: string): LanguageGuess {
  let dutch = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const isDutch = DUTCH_STOP_WORDS.has(word);
    const isEnglish = ENGLISH_STOP_WORDS.has(word);
    if (isDutch && !isEnglish) dutch++;
    if (isEnglish && !isDutch) english++;
  }
  const wins = (a: number, b: number) => a >= ENOUGH && a >= 2 * b;
  const language = wins(dutch, english) ? "nl" : wins(english, dutch) ? "en" : undefined;
  return { language, dutch, english };
}
