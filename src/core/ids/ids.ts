import type { ArgumentMap } from "../model/map";

/**
 * One id scheme for every file: a letter for the kind and a number (s12 = statement, i4 = inference).
 * Short, readable in diffs, and stable: a new id is one past the highest in use, so ids are never reused
 * within a session's history and pasted records are renumbered.
 */
export function nextId(prefix: string, used: Iterable<string>): string {
  let max = 0;
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  for (const id of used) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${prefix}${max + 1}`;
}

export function nextIds(prefix: string, used: Iterable<string>, count: number): string[] {
  const first = Number(nextId(prefix, used).slice(prefix.length));
  return Array.from({ length: count }, (_, k) => `${prefix}${first + k}`);
}

export function idsOf(map: ArgumentMap): string[] {
  return [...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)];
}
