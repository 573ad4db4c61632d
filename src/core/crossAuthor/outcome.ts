import type { CrossAuthorFile } from "../model/workspace";

/** Why an edit of the cross-author file was refused; the UI turns the code into a sentence through its dictionary. */
export type CrossProblem =
  | "unknown-map"
  | "unknown-statement"
  | "unknown-link"
  | "unknown-issue"
  | "self-link"
  | "same-map-link"
  | "duplicate-link"
  | "duplicate-map"
  | "empty-question";

/** The result of an edit of the cross-author file, shaped like the map edits of core/commands. */
export type CrossEdit = { ok: true; file: CrossAuthorFile; created: string[] } | { ok: false; problem: CrossProblem };

/** Any edit of the cross-author file shaped like CrossEdit, whatever its own problem codes (issue edits add some). */
export type CrossEditLike = { ok: true; file: CrossAuthorFile; created: string[] } | { ok: false; problem: string };

export function crossDone(file: CrossAuthorFile, created: string[] = []): CrossEdit {
  return { ok: true, file, created };
}

export function crossRefused(problem: CrossProblem): CrossEdit {
  return { ok: false, problem };
}
