import type { ArgumentMap, CrossAuthorFile } from "../core";

/** A reference in the cross-author file that does not resolve, by its JSON path in that file. */
export interface RefProblem {
  path: (string | number)[];
  message: string;
}

/**
 * What the cross-author schema cannot check alone: that each listed map file holds the map of that id, and that
 * every statement a link or an issue names is in that map. `maps` holds each entry's map by entry id, or a
 * reason it could not be read.
 */
export function crossAuthorRefProblems(file: CrossAuthorFile, maps: ReadonlyMap<string, ArgumentMap | string>): RefProblem[] {
  const problems: RefProblem[] = [];
  file.maps.forEach((entry, i) => {
    const map = maps.get(entry.id);
    if (typeof map === "string") problems.push({ path: ["maps", i, "file"], message: `map "${entry.id}": ${map}` });
    else if (map && map.id !== entry.id)
      problems.push({ path: ["maps", i, "id"], message: `${entry.file} holds map "${map.id}", not "${entry.id}"` });
  });
  const statementsOf = (mapId: string): Set<string> | undefined => {
    const map = maps.get(mapId);
    return typeof map === "object" && map.id === mapId ? new Set(map.statements.map((s) => s.id)) : undefined;
  };
  const check = (mapId: string, statement: string, path: (string | number)[]) => {
    const known = statementsOf(mapId);
    if (known && !known.has(statement)) problems.push({ path, message: `map "${mapId}" has no statement "${statement}"` });
  };
  file.links.forEach((link, i) => {
    check(link.from.map, link.from.statement, ["links", i, "from", "statement"]);
    check(link.to.map, link.to.statement, ["links", i, "to", "statement"]);
  });
  file.issues.forEach((issue, i) => {
    issue.positions.forEach((position, j) => {
      position.statements.forEach((statement, k) => {
        check(position.map, statement, ["issues", i, "positions", j, "statements", k]);
      });
    });
  });
  return problems;
}
