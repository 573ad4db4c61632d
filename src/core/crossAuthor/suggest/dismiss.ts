import type { CrossAuthorFile, StatementRef } from "../../model/workspace";

/**
 * The key of a suggested pair in the file's `dismissed` list: "mapA:stmt|mapB:stmt", the smaller reference first
 * (plain code-unit order, so the key is the same in every locale), whichever way round the pair was offered.
 */
export function suggestionKey(a: StatementRef, b: StatementRef): string {
  const x = `${a.map}:${a.statement}`;
  const y = `${b.map}:${b.statement}`;
  return x < y ? `${x}|${y}` : `${y}|${x}`;
}

/** Was this pair dismissed? Also accepts a key written the other way round by hand. */
export function isDismissed(dismissed: ReadonlySet<string>, a: StatementRef, b: StatementRef): boolean {
  const key = suggestionKey(a, b);
  const [x, y] = key.split("|");
  return dismissed.has(key) || dismissed.has(`${y}|${x}`);
}

export type DismissEdit = { ok: true; file: CrossAuthorFile; created: string[] } | { ok: false; problem: "self-link" | "same-map-link" };

/**
 * Dismiss a suggested pair for good: it is not offered again, in this session or after a reload. Dismissing a
 * pair twice changes nothing (the same file comes back, so no empty undo step).
 */
export function dismissSuggestion(file: CrossAuthorFile, a: StatementRef, b: StatementRef): DismissEdit {
  if (a.map === b.map) return { ok: false, problem: a.statement === b.statement ? "self-link" : "same-map-link" };
  if (isDismissed(new Set(file.dismissed), a, b)) return { ok: true, file, created: [] };
  return { ok: true, file: { ...file, dismissed: [...file.dismissed, suggestionKey(a, b)] }, created: [] };
}

/** Offer a dismissed pair again (the undo of a dismissal is the history's; this is for a "show dismissed" list). */
export function restoreSuggestion(file: CrossAuthorFile, a: StatementRef, b: StatementRef): DismissEdit {
  const key = suggestionKey(a, b);
  const [x, y] = key.split("|");
  const dismissed = file.dismissed.filter((k) => k !== key && k !== `${y}|${x}`);
  return { ok: true, file: dismissed.length === file.dismissed.length ? file : { ...file, dismissed }, created: [] };
}
