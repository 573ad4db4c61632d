import type { AifDocument } from "./types";

export interface AifProblem {
  message: string;
  /** The node or edge ids it concerns. */
  ids: string[];
}

/**
 * The structural rules of AIF that a reader relies on: ids are unique, every edge joins two nodes of the file, no
 * edge runs from an I-node straight to an I-node (a scheme node must stand between), and every RA and CA node has
 * at least one premise (an incoming I-node) and exactly one conclusion (an outgoing I, RA or CA node).
 */
export function checkAif(aif: AifDocument): AifProblem[] {
  const problems: AifProblem[] = [];
  const types = new Map<string, string>();
  for (const node of aif.nodes) {
    if (types.has(node.nodeID)) problems.push({ message: `node id ${node.nodeID} is used twice`, ids: [node.nodeID] });
    types.set(node.nodeID, node.type);
  }
  const edgeIds = new Set<string>();
  for (const edge of aif.edges) {
    if (edgeIds.has(edge.edgeID)) problems.push({ message: `edge id ${edge.edgeID} is used twice`, ids: [edge.edgeID] });
    edgeIds.add(edge.edgeID);
    const missing = [edge.fromID, edge.toID].filter((id) => !types.has(id));
    if (missing.length > 0)
      problems.push({ message: `edge ${edge.edgeID} joins a node that does not exist`, ids: [edge.edgeID, ...missing] });
    if (types.get(edge.fromID) === "I" && types.get(edge.toID) === "I") {
      problems.push({ message: `edge ${edge.edgeID} runs from an I-node to an I-node`, ids: [edge.edgeID] });
    }
  }
  const premises = new Map<string, number>();
  const conclusions = new Map<string, number>();
  for (const edge of aif.edges) {
    if (types.get(edge.fromID) === "I") premises.set(edge.toID, (premises.get(edge.toID) ?? 0) + 1);
    if (["I", "RA", "CA"].includes(types.get(edge.toID) ?? "")) conclusions.set(edge.fromID, (conclusions.get(edge.fromID) ?? 0) + 1);
  }
  for (const node of aif.nodes) {
    if (node.type !== "RA" && node.type !== "CA") continue;
    if (!premises.get(node.nodeID)) problems.push({ message: `${node.type}-node ${node.nodeID} has no premise`, ids: [node.nodeID] });
    const count = conclusions.get(node.nodeID) ?? 0;
    if (count !== 1) problems.push({ message: `${node.type}-node ${node.nodeID} has ${count} conclusions, not one`, ids: [node.nodeID] });
  }
  return problems;
}
