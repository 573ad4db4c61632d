import type { ArgumentMap, Statement } from "../model/map";
import { done, type Edit, refused } from "./outcome";

export type StatementPatch = Partial<Pick<Statement, "text" | "speaker" | "tags" | "note">>;

/**
 * Change the wording, speaker, tags or note of a statement. An empty speaker means the author; empty tags or note
 * are removed; a tag given twice (in any case) is kept once, as first written.
 */
export function updateStatement(map: ArgumentMap, id: string, patch: StatementPatch): Edit {
  const index = map.statements.findIndex((s) => s.id === id);
  const current = map.statements[index];
  if (!current) return refused("unknown-statement");
  const next: Statement = { ...current, ...patch };
  // An empty tag (a trailing comma) is no tag; the file format refuses it.
  if (next.tags) next.tags = distinctTags(next.tags);
  if (!next.speaker) delete next.speaker;
  if (!next.note) delete next.note;
  if (!next.tags || next.tags.length === 0) delete next.tags;
  const statements = map.statements.slice();
  statements[index] = next;
  return done({ ...map, statements });
}

function distinctTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.trim().toLocaleLowerCase();
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
