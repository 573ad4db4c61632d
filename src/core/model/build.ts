import { type ArgumentMap, type Inference, MAP_FORMAT, MAP_VERSION, type SourceInfo, type Statement } from "./map";
import { type CrossAuthorFile, WORKSPACE_FORMAT, WORKSPACE_VERSION } from "./workspace";

export function emptyMap(id: string, source: SourceInfo): ArgumentMap {
  return { format: MAP_FORMAT, version: MAP_VERSION, id, source, statements: [], inferences: [], layout: {} };
}

export function emptyCrossAuthorFile(): CrossAuthorFile {
  return { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, maps: [], links: [], issues: [], dismissed: [] };
}

export function findStatement(map: ArgumentMap, id: string): Statement | undefined {
  return map.statements.find((s) => s.id === id);
}

export function findInference(map: ArgumentMap, id: string): Inference | undefined {
  return map.inferences.find((i) => i.id === id);
}

/** An implicit premise: a step the argument needs that the text leaves unsaid. */
export function isImplicit(statement: Statement): boolean {
  return statement.anchors.length === 0;
}
