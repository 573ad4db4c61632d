import { PhraseTable } from "./phrases";
import type { Word } from "./tokens";

/**
 * Near-synonyms: words for one act that authors choose between freely. Where concepts.ts reads a form as
 * its concept (a capital is its state), a theme is added beside the word (see THEME_WEIGHT in profile.ts):
 * "bemiddeling" and "onderhandelingen" are not the same thing, but a statement on one and a statement on the
 * other speak of the same effort. Two statements with the same word still share more than two with
 * near-synonyms, since they share the word as well.
 *
 * The table is general vocabulary of op-eds on war and diplomacy, in Dutch and English, with the idioms that
 * mean the same ("onder de bus gooien" is to sacrifice someone). Forms are matched on stems, like concepts;
 * a one-word form also counts as the part of a compound ("vredesonderhandelingen"). Left out: words that
 * mostly mean something else ("gesprek" is any conversation, "slachtoffer" a victim, not a sacrifice).
 */
export const THEMES: Readonly<Record<string, readonly string[]>> = {
  diplomatie: [
    "diplomatie",
    "diplomatiek",
    "bemiddeling",
    "bemiddelen",
    "bemiddelaar",
    "onderhandeling",
    "onderhandelen",
    "onderhandelaar",
    "besprekingen",
    "vredesbesprekingen",
    "vredesgesprekken",
    "vredesinspanningen",
    "vredespogingen",
    "vredesproces",
    "diplomacy",
    "diplomatic",
    "mediation",
    "mediator",
    "negotiation",
    "negotiate",
    "peace talks",
    "peace process",
  ],
  opofferen: [
    "opofferen",
    "opgeofferd",
    "geslachtofferd",
    "prijsgeven",
    "prijsgegeven",
    "onder de bus",
    "voor de bus",
    "in de steek laten",
    "in de steek gelaten",
    "sacrifice",
    "sacrificed",
    "under the bus",
    "abandon",
    "abandoned",
  ],
  steun: ["steun", "hulp", "bijstand", "ondersteuning", "support", "aid", "assistance"],
  terugtrekking: ["terugtrekken", "terugtrekking", "weglopen", "afhaken", "withdraw", "withdrawal", "pull out"],
};

let table: PhraseTable | undefined;

/** The themes of a text, each with the word its form starts at and the form as written. */
export function themesIn(text: string, words: readonly Word[]): { theme: string; word: Word; form: string }[] {
  table ??= new PhraseTable(THEMES);
  const found: { theme: string; word: Word; form: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const match = table.matchAt(text, words, i);
    if (!match) continue;
    const first = words[i] as Word;
    const last = words[i + match.length - 1] as Word;
    found.push({ theme: match.key, word: first, form: text.slice(first.at, last.at + last.form.length) });
    i += match.length - 1;
  }
  return found;
}

/** The theme of a stem (a part of a compound) by its one-word forms. */
export function themeOfStem(stem: string): string | undefined {
  table ??= new PhraseTable(THEMES);
  return table.single(stem);
}
