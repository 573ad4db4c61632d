import type { LinkRelation, StatementRef } from "../../core";
import type { LoadedMap } from "../crossAuthor";
import type { MessageKey } from "../i18n";

export function relationKey(relation: LinkRelation): MessageKey {
  return `compare_rel_${relation}`;
}

/** The wording of a statement, shortened for a label; undefined when the statement is not in its map. */
export function wordingOf(maps: Record<string, LoadedMap>, ref: StatementRef, max = 60): string | undefined {
  const text = maps[ref.map]?.map.statements.find((s) => s.id === ref.statement)?.text;
  if (text === undefined) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
