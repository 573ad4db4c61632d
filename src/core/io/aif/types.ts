/**
 * The Argument Interchange Format as AIFdb serves it (http://www.aifdb.org/json/<nodeset>) and OVA3 saves it.
 * Nodes are typed, edges are not: the types of the two ends say what an edge means.
 *   I  = information: a proposition (our statement)
 *   RA = rule application: an inference (several I → one RA → I is a linked argument)
 *   CA = conflict application: I → CA → I rebuts, I → CA → RA (or CA) undercuts
 *   MA = rephrase, PA = preference
 *   L  = locution ("Speaker: text"), YA = illocutionary connection (L → YA → I: "Asserting"), TA = transition
 */
export type AifNodeType = "I" | "RA" | "CA" | "MA" | "PA" | "L" | "YA" | "TA";

export interface AifNode {
  nodeID: string;
  text: string;
  /** One of AifNodeType in practice; kept a string so that an unknown type is reported, not refused. */
  type: string;
  timestamp?: string;
}

export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID: string | null;
}

export interface AifLocution {
  nodeID: string;
  personID?: string;
}

export interface AifParticipant {
  participantID: string;
  firstname?: string;
  surname?: string;
}

/** The plain AIFdb form that AIFdb and OVA read; `participants` as OVA3 and xAIF write them (who the locutions name). */
export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants?: AifParticipant[];
}

/** A file read in either form, ids as strings (AIFdb writes them as strings, some tools as numbers). */
export interface AifGraph extends AifDocument {
  participants: AifParticipant[];
  /**
   * The file has a participants list (OVA3, xAIF, Argumap's export): its locutions table says who speaks, so a
   * locution it attributes to no one has no named speaker, and its whole text is the words said.
   */
  listsParticipants: boolean;
  /** Node positions of the OVA3 `OVA` section, by node id. */
  positions: Map<string, { x: number; y: number }>;
  /** The OVA3 file carries its own text (HTML): it cannot anchor, the plain source text has to be given. */
  embeddedText: boolean;
}

export const ARGUMENT_NODE_TYPES = new Set(["I", "RA", "CA"]);
export const DIALOGUE_NODE_TYPES = new Set(["L", "YA", "TA"]);

/** The names AIF tools give an inference without a scheme; the importer reads them as "no note". */
export const DEFAULT_SCHEME = /^default (inference|conflict)$/i;
