/** Suggested alignments: statements of different maps that likely speak of the same thing, for the user to link or dismiss. */

export { type DismissEdit, dismissSuggestion, isDismissed, restoreSuggestion, suggestionKey } from "./dismiss";
export type { LinkedVia } from "./linkedContext";
export { DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS } from "./stopWords";
export { type Suggestion, type SuggestionReason, type SuggestOptions, suggestAlignments } from "./suggest";
