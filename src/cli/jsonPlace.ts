import { findNodeAtLocation, parseTree } from "jsonc-parser";
import { placeOf } from "../core";

/**
 * Line and column of the value at a JSON path, for problems core does not place itself (stale anchors,
 * cross-author references); the nearest existing ancestor when the path is missing.
 */
export function placeOfJsonPath(json: string, path: readonly (string | number)[]): { line: number; column: number } {
  const tree = parseTree(json);
  if (!tree) return { line: 1, column: 1 };
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node) return placeOf(json, node.parent?.type === "property" ? node.parent.offset : node.offset);
  }
  return { line: 1, column: 1 };
}
