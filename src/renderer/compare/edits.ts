import {
  addLink,
  type CrossAuthorFile,
  type CrossEdit,
  ensureMapEntry,
  type KnownMaps,
  type LinkRelation,
  type StatementRef,
} from "../../core";
import type { LoadedMap } from "../crossAuthor";

export function knownMaps(maps: Record<string, LoadedMap>): KnownMaps {
  return Object.fromEntries(Object.entries(maps).map(([id, loaded]) => [id, loaded.map]));
}

/**
 * Link two statements as one undo step, first listing either map in the cross-author file if it is not
 * there yet (a map made after the file was written).
 */
export function linkStatements(
  file: CrossAuthorFile,
  ends: { from: StatementRef; to: StatementRef },
  relation: LinkRelation,
  note: string,
  maps: Record<string, LoadedMap>,
): CrossEdit {
  let current = file;
  for (const ref of [ends.from, ends.to]) {
    const loaded = maps[ref.map];
    if (!loaded) continue;
    const listed = ensureMapEntry(current, { id: ref.map, file: loaded.mapPath, label: loaded.map.source.title });
    if (!listed.ok) return listed;
    current = listed.file;
  }
  return addLink(current, { ...ends, relation, note }, knownMaps(maps));
}

/** The name of an op-ed for headings: the label the file gives it, else its title, else its id. */
export function mapLabel(file: CrossAuthorFile | undefined, maps: Record<string, LoadedMap>, id: string): string {
  return file?.maps.find((m) => m.id === id)?.label ?? maps[id]?.map.source.title ?? id;
}
