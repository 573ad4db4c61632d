import type { ExportLanguage } from "../export/labels";

interface ConclusionWords {
  /** An attack on a statement concludes that the statement is not so. */
  not: (statement: string) => string;
  /** An attack on an inference concludes that it fails, a support that it holds. */
  fails: (inference: string) => string;
  holds: (inference: string) => string;
}

/**
 * The wording of the conclusion the Argdown export adds to an argument for an attack or for a relation to an
 * inference, in the map's language: the reader of a Dutch map reads Dutch. The import recognises every
 * language's forms, so a map written in one language comes back whole whatever the reader's language is.
 */
export const ADDED_CONCLUSION: Record<ExportLanguage, ConclusionWords> = {
  en: {
    not: (statement) => `Not: ${statement}`,
    fails: (inference) => `The inference ${inference} does not hold`,
    holds: (inference) => `The inference ${inference} holds`,
  },
  nl: {
    not: (statement) => `Niet: ${statement}`,
    fails: (inference) => `De redenering ${inference} gaat niet op`,
    holds: (inference) => `De redenering ${inference} gaat op`,
  },
};

const HOLE = "\u0000";

/** Each template as a pattern: the words as written, the hole for any statement or inference id. */
const FORMS: RegExp[] = Object.values(ADDED_CONCLUSION).flatMap((words) => [
  form(words.not(HOLE), "\\S[\\s\\S]*"),
  form(words.fails(HOLE), "\\S+"),
  form(words.holds(HOLE), "\\S+"),
]);

function form(template: string, hole: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return new RegExp(`^${escaped.replace(HOLE, hole)}$`);
}

/** Whether a conclusion's wording is one the export adds (in any language), rather than the author's own words. */
export function isAddedConclusion(text: string): boolean {
  const trimmed = text.trim();
  return FORMS.some((pattern) => pattern.test(trimmed));
}
