import { nextId } from "../ids";
import type { ContentionIssue, CrossAuthorFile, CrossLink, IssuePosition, LinkRelation, MapEntry, StatementRef } from "../model/workspace";
import { type CrossEdit, crossDone, crossRefused } from "./outcome";

/** The statements of each map by map id: enough to tell whether a reference resolves (an ArgumentMap fits). */
export type KnownMaps = Readonly<Record<string, { readonly statements: readonly { readonly id: string }[] }>>;

export interface NewLink {
  from: StatementRef;
  to: StatementRef;
  relation: LinkRelation;
  note?: string;
}

export function sameRef(a: StatementRef, b: StatementRef): boolean {
  return a.map === b.map && a.statement === b.statement;
}

/** The link between these two statements, in either direction. */
export function linkBetween(file: CrossAuthorFile, a: StatementRef, b: StatementRef): CrossLink | undefined {
  return file.links.find((l) => (sameRef(l.from, a) && sameRef(l.to, b)) || (sameRef(l.from, b) && sameRef(l.to, a)));
}

function refProblem(file: CrossAuthorFile, maps: KnownMaps, ref: StatementRef): CrossEdit | undefined {
  if (!file.maps.some((m) => m.id === ref.map)) return crossRefused("unknown-map");
  const map = maps[ref.map];
  if (!map) return crossRefused("unknown-map");
  if (!map.statements.some((s) => s.id === ref.statement)) return crossRefused("unknown-statement");
  return undefined;
}

/** A new link between statements of two different maps; one link per pair, whatever its direction. */
export function addLink(file: CrossAuthorFile, link: NewLink, maps: KnownMaps): CrossEdit {
  const problem = refProblem(file, maps, link.from) ?? refProblem(file, maps, link.to);
  if (problem) return problem;
  if (sameRef(link.from, link.to)) return crossRefused("self-link");
  if (link.from.map === link.to.map) return crossRefused("same-map-link");
  if (linkBetween(file, link.from, link.to)) return crossRefused("duplicate-link");
  const id = nextId("l", [...file.links.map((l) => l.id), ...file.issues.map((i) => i.id)]);
  const note = link.note?.trim();
  const created: CrossLink = {
    id,
    from: { ...link.from },
    to: { ...link.to },
    relation: link.relation,
    ...(note ? { note } : {}),
  };
  return crossDone({ ...file, links: [...file.links, created] }, [id]);
}

/** Change a link's relation or note; an empty note removes it. Nothing changed returns the same file. */
export function updateLink(file: CrossAuthorFile, id: string, change: { relation?: LinkRelation; note?: string }): CrossEdit {
  const index = file.links.findIndex((l) => l.id === id);
  const old = file.links[index];
  if (!old) return crossRefused("unknown-link");
  const relation = change.relation ?? old.relation;
  const note = change.note === undefined ? old.note : change.note === "" ? undefined : change.note;
  if (relation === old.relation && note === old.note) return crossDone(file);
  const { note: _old, ...rest } = old;
  const next: CrossLink = { ...rest, relation, ...(note !== undefined ? { note } : {}) };
  return crossDone({ ...file, links: file.links.map((l, i) => (i === index ? next : l)) });
}

export function removeLink(file: CrossAuthorFile, id: string): CrossEdit {
  if (!file.links.some((l) => l.id === id)) return crossRefused("unknown-link");
  return crossDone({ ...file, links: file.links.filter((l) => l.id !== id) });
}

/**
 * Make sure the file lists this map. A known id keeps its entry (its label stays the user's); the same file
 * under another id is refused, because two ids for one map would split its links.
 */
export function ensureMapEntry(file: CrossAuthorFile, entry: MapEntry): CrossEdit {
  if (file.maps.some((m) => m.id === entry.id)) return crossDone(file);
  if (file.maps.some((m) => m.file === entry.file)) return crossRefused("duplicate-map");
  return crossDone({ ...file, maps: [...file.maps, { ...entry }] }, [entry.id]);
}

/**
 * A map file was renamed or moved: point its entry at the new file. Links and positions name the map by id,
 * so they all survive without change.
 */
export function renameMapFile(file: CrossAuthorFile, oldFile: string, newFile: string): CrossEdit {
  const index = file.maps.findIndex((m) => m.file === oldFile);
  if (index < 0) return crossRefused("unknown-map");
  if (oldFile === newFile) return crossDone(file);
  if (file.maps.some((m) => m.file === newFile)) return crossRefused("duplicate-map");
  return crossDone({ ...file, maps: file.maps.map((m, i) => (i === index ? { ...m, file: newFile } : m)) });
}

/** An issue position that names some statement, found by the issue it belongs to. */
export interface PositionRef {
  issue: ContentionIssue;
  position: IssuePosition;
  /** The statements of this position that are affected. */
  statements: string[];
}

export interface DanglingRefs {
  links: CrossLink[];
  positions: PositionRef[];
}

/** The links and issue positions that would point at nothing if these statements of this map were deleted. */
export function danglingRefs(file: CrossAuthorFile, mapId: string, statementIds: readonly string[]): DanglingRefs {
  const gone = new Set(statementIds);
  const hits = (ref: StatementRef) => ref.map === mapId && gone.has(ref.statement);
  return {
    links: file.links.filter((l) => hits(l.from) || hits(l.to)),
    positions: positionsWhere(file, (p, statement) => p.map === mapId && gone.has(statement)),
  };
}

/**
 * The links and positions that already point at a statement that is not in its map (deleted, or a map that
 * changed on disk). Maps not in `maps` are not judged: a map that is not loaded is not evidence of loss.
 */
export function brokenRefs(file: CrossAuthorFile, maps: KnownMaps): DanglingRefs {
  const missing = (ref: StatementRef) => {
    const map = maps[ref.map];
    return map !== undefined && !map.statements.some((s) => s.id === ref.statement);
  };
  return {
    links: file.links.filter((l) => missing(l.from) || missing(l.to)),
    positions: positionsWhere(file, (p, statement) => missing({ map: p.map, statement })),
  };
}

function positionsWhere(file: CrossAuthorFile, affected: (p: IssuePosition, statement: string) => boolean): PositionRef[] {
  const found: PositionRef[] = [];
  for (const issue of file.issues) {
    for (const position of issue.positions) {
      const statements = position.statements.filter((s) => affected(position, s));
      if (statements.length > 0) found.push({ issue, position, statements });
    }
  }
  return found;
}
