import type { ArgumentMap, CrossAuthorFile } from "../src/core";

/** Every link end and position of the cross-author file must name an anchored statement of a known map. */
export function checkCrossAuthorRefs(file: CrossAuthorFile, maps: readonly ArgumentMap[]): string[] {
  const problems: string[] = [];
  const byId = new Map(maps.map((m) => [m.id, m]));
  const check = (where: string, mapId: string, statementId: string) => {
    const map = byId.get(mapId);
    const statement = map?.statements.find((s) => s.id === statementId);
    if (!map) problems.push(`${where}: unknown map "${mapId}"`);
    else if (!statement) problems.push(`${where}: map "${mapId}" has no statement "${statementId}"`);
    else if (statement.anchors.length === 0) problems.push(`${where}: ${mapId}/${statementId} is implicit (no span)`);
  };
  for (const link of file.links) {
    check(`link ${link.id} from`, link.from.map, link.from.statement);
    check(`link ${link.id} to`, link.to.map, link.to.statement);
    if (link.from.map === link.to.map) problems.push(`link ${link.id}: both ends in map "${link.from.map}"`);
  }
  for (const issue of file.issues) {
    for (const position of issue.positions) for (const s of position.statements) check(`issue ${issue.id} position`, position.map, s);
  }
  return problems;
}
