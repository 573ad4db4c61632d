import type { ArgumentMap } from "../model/map";

/** Why an edit was refused; the UI turns the code into a sentence through its dictionary. */
export type EditProblem =
  | "unknown-statement"
  | "unknown-inference"
  | "unknown-target"
  | "self-target"
  | "empty-premises"
  | "duplicate-inference"
  | "already-premise"
  | "last-premise"
  | "empty-span";

/** The result of an edit: a new map (the old one untouched), or the reason it was refused. */
export type Edit = { ok: true; map: ArgumentMap; created: string[] } | { ok: false; problem: EditProblem };

export function done(map: ArgumentMap, created: string[] = []): Edit {
  return { ok: true, map, created };
}

export function refused(problem: EditProblem): Edit {
  return { ok: false, problem };
}
