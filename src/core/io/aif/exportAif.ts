import type { ArgumentMap } from "../../model/map";
import type { ConversionReport, ExportResult } from "../report";
import type { AifDocument, AifEdge, AifNode } from "./types";

export interface AifExportOptions {
  /** Written on every node, as AIFdb does ("2015-12-14 12:09:13"); left out when not given, so export stays pure. */
  timestamp?: string;
}

/** The map as plain AIFdb JSON, the form AIFdb and OVA read. */
export function exportAif(map: ArgumentMap, options: AifExportOptions = {}): ExportResult {
  const { aif, report } = aifOf(map, options);
  return { text: `${JSON.stringify(aif, null, 2)}\n`, report };
}

/**
 * Statements become I-nodes, support inferences RA-nodes, attacks CA-nodes (an undercut is a CA-node pointing
 * at the RA or CA it attacks). Who asserts a statement becomes a locution: L "Speaker: text" → YA "Asserting" → I,
 * for the author too when the map names one. Node ids are numbers as strings, unique in the file.
 */
export function aifOf(map: ArgumentMap, options: AifExportOptions = {}): { aif: AifDocument; report: ConversionReport } {
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  const nodeOf = new Map<string, string>();
  const addNode = (type: string, text: string): string => {
    const nodeID = String(nodes.length + 1);
    nodes.push(options.timestamp === undefined ? { nodeID, text, type } : { nodeID, text, type, timestamp: options.timestamp });
    return nodeID;
  };
  const addEdge = (fromID: string, toID: string) => {
    edges.push({ edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null });
  };

  for (const s of map.statements) nodeOf.set(s.id, addNode("I", s.text));
  // Every inference has its node before any edge is drawn: an undercut may point at an inference listed after it.
  for (const i of map.inferences) {
    const scheme = i.kind === "support" ? "Default Inference" : "Default Conflict";
    nodeOf.set(i.id, addNode(i.kind === "support" ? "RA" : "CA", i.note?.trim() || scheme));
  }
  for (const i of map.inferences) {
    const node = nodeOf.get(i.id) as string;
    for (const p of i.premises) addEdge(nodeOf.get(p) as string, node);
    addEdge(node, nodeOf.get(i.target) as string);
  }
  for (const s of map.statements) {
    const speaker = s.speaker ?? map.source.author;
    if (!speaker) continue;
    const locution = addNode("L", `${speaker}: ${s.text}`);
    const asserting = addNode("YA", "Asserting");
    addEdge(locution, asserting);
    addEdge(asserting, nodeOf.get(s.id) as string);
  }
  const locutions = nodes.filter((n) => n.type === "L").map((n) => ({ nodeID: n.nodeID }));
  return { aif: { nodes, edges, locutions }, report: unexpressed(map) };
}

function unexpressed(map: ArgumentMap): ConversionReport {
  const report: ConversionReport = [];
  const anchored = map.statements.filter((s) => s.anchors.length > 0);
  if (anchored.length > 0) {
    report.push({
      code: "anchors",
      message: `AIF I-nodes carry no place in the source text: the anchors of ${anchored.length} statement(s) are not exported`,
    });
  }
  const central = map.statements.find((s) => s.central);
  if (central) report.push({ code: "central", message: "AIF has no central claim: not exported", ids: [central.id] });
  const tagged = map.statements.filter((s) => s.tags && s.tags.length > 0).map((s) => s.id);
  if (tagged.length > 0)
    report.push({ code: "tags", message: `AIF has no tags: the tags of ${tagged.length} statement(s) are not exported`, ids: tagged });
  const noted = map.statements.filter((s) => s.note).map((s) => s.id);
  if (noted.length > 0)
    report.push({ code: "notes", message: `AIF I-nodes have no note: ${noted.length} statement note(s) not exported`, ids: noted });
  if (Object.keys(map.layout).length > 0)
    report.push({ code: "layout", message: "AIFdb JSON has no positions: the layout is not exported" });
  return report;
}
