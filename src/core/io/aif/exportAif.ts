import type { ArgumentMap, Statement } from "../../model/map";
import type { ConversionReport, ExportResult } from "../report";
import type { AifDocument, AifEdge, AifLocution, AifNode, AifParticipant } from "./types";
import { unexpressed } from "./unexpressed";

export interface AifExportOptions {
  /** Written on every node, as AIFdb does ("2015-12-14 12:09:13"); left out when not given, so export stays pure. */
  timestamp?: string;
}

/** The map as plain AIFdb JSON, the form AIFdb and OVA read. */
export function exportAif(map: ArgumentMap, options: AifExportOptions = {}): ExportResult {
  const { aif, report } = aifOf(map, options);
  return { text: `${JSON.stringify(aif, null, 2)}\n`, report };
}

/** Who asserts an anchored statement in the text: its own speaker, else the map's author (undefined: not named). */
function speakerOf(map: ArgumentMap, statement: Statement): string | undefined {
  return statement.speaker ?? map.source.author;
}

/**
 * Statements become I-nodes, support inferences RA-nodes, attacks CA-nodes (an undercut is a CA-node pointing
 * at the RA or CA it attacks). Node ids are numbers as strings, unique in the file.
 *
 * Locutions follow AIF+ and OVA: an L-node is something a speaker said, "Speaker : the words in the text", tied
 * to the proposition it asserts by a YA-node "Asserting" (L → YA → I). Only an anchored statement was said, once
 * per anchor, by its speaker or else the author; an implicit premise is the analyst's reconstruction and gets no
 * locution, for no one uttered it. Speakers are participants, and the locutions table names each L-node's
 * participant, so a reader need not split names from words at a colon. When the map names no author, the
 * author's locutions name no participant: they are still said, by someone the map does not name.
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

  const participants: AifParticipant[] = [];
  const locutions: AifLocution[] = [];
  const personOf = (name: string): string => {
    const known = participants.find((p) => p.firstname === name);
    if (known) return known.participantID;
    // The whole name as first name: "The Wall Street Journal" or "EU-politici" has no surname to split off.
    const participantID = String(participants.length + 1);
    participants.push({ participantID, firstname: name, surname: "" });
    return participantID;
  };
  for (const s of map.statements) {
    const speaker = speakerOf(map, s);
    for (const anchor of s.anchors) {
      const words = anchor.exact.replace(/\s+/g, " ").trim() || s.text;
      const locution = addNode("L", speaker ? `${speaker} : ${words}` : words);
      const asserting = addNode("YA", "Asserting");
      addEdge(locution, asserting);
      addEdge(asserting, nodeOf.get(s.id) as string);
      locutions.push(speaker ? { nodeID: locution, personID: personOf(speaker) } : { nodeID: locution });
    }
  }
  const aif: AifDocument = locutions.length > 0 ? { nodes, edges, locutions, participants } : { nodes, edges, locutions };
  return { aif, report: unexpressed(map) };
}
