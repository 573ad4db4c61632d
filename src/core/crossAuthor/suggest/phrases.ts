import { tokensOf, type Word } from "./tokens";

/** A form of several words found in a text: which words it spans and the key it stands for. */
export interface PhraseMatch {
  key: string;
  /** How many words of the text it spans. */
  length: number;
}

interface Form {
  stems: string[];
  key: string;
}

/**
 * Forms of one or more words, each standing for a key, matched on the stems of their words so inflections
 * come along ("Russische" and "Russisch"). A form of several words matches them with only spaces or hyphens
 * between ("staakt-het-vuren", "staakt het vuren"); the longest form wins ("Witte Huis" over "Huis").
 */
export class PhraseTable {
  private readonly byFirstStem = new Map<string, Form[]>();

  constructor(table: Readonly<Record<string, readonly string[]>>) {
    for (const [key, forms] of Object.entries(table)) {
      for (const form of forms) {
        const stems = tokensOf(form).map((w) => w.stem);
        const first = stems[0];
        if (first !== undefined) this.byFirstStem.set(first, [...(this.byFirstStem.get(first) ?? []), { stems, key }]);
      }
    }
    for (const list of this.byFirstStem.values()) list.sort((x, y) => y.stems.length - x.stems.length);
  }

  /** The key of a one-word form with this stem. */
  single(stem: string): string | undefined {
    return this.byFirstStem.get(stem)?.find((f) => f.stems.length === 1)?.key;
  }

  /** The longest form that starts at word i of the text, if any. */
  matchAt(text: string, words: readonly Word[], i: number): PhraseMatch | undefined {
    const word = words[i];
    const form = word && this.byFirstStem.get(word.stem)?.find((f) => matchesAt(text, words, i, f.stems));
    return form ? { key: form.key, length: form.stems.length } : undefined;
  }
}

/** Do the words from i on have these stems, with only spaces or hyphens between them? */
function matchesAt(text: string, words: readonly Word[], i: number, stems: string[]): boolean {
  return stems.every((s, k) => {
    const word = words[i + k];
    if (word?.stem !== s) return false;
    const previous = words[i + k - 1];
    return k === 0 || (previous !== undefined && /^[\s\-\u2010\u2011]+$/u.test(text.slice(previous.at + previous.form.length, word.at)));
  });
}
