import type { AifEdge, AifGraph, AifNode } from "./types";

export interface Asserted {
  /** The first speaker found; undefined when no locution names one. */
  speaker: string | undefined;
  /** Further, different speakers of the same proposition (the map keeps one). */
  others: string[];
  /** The words of the locutions, to anchor by when the I-node's own text is a paraphrase. */
  texts: string[];
}

/** AIFdb writes a locution as "Speaker: what was said"; a name is short and comes before the first colon. */
const LOCUTION = /^\s*([^:\n]{1,80}?)\s*:\s+([\s\S]*\S)\s*$/;

/**
 * Who asserts each I-node, read from L → YA → I (a locution, its illocution, the proposition). The name comes
 * from the OVA3 participants when the locution names a person, else from the "Speaker: text" convention.
 */
export function speakersOf(graph: AifGraph, incoming: Map<string, AifEdge[]>, nodes: Map<string, AifNode>): Map<string, Asserted> {
  const people = new Map(graph.participants.map((p) => [p.participantID, [p.firstname, p.surname].filter(Boolean).join(" ")]));
  const personOf = new Map(graph.locutions.flatMap((l) => (l.personID ? [[l.nodeID, people.get(l.personID)] as const] : [])));
  const result = new Map<string, Asserted>();
  for (const node of graph.nodes) {
    if (node.type !== "I") continue;
    const locutions = (incoming.get(node.nodeID) ?? [])
      .filter((e) => nodes.get(e.fromID)?.type === "YA")
      .flatMap((ya) => incoming.get(ya.fromID) ?? [])
      .map((e) => nodes.get(e.fromID))
      .filter((n): n is AifNode => n?.type === "L");
    if (locutions.length === 0) continue;
    const speakers: string[] = [];
    const texts: string[] = [];
    for (const locution of locutions) {
      const match = LOCUTION.exec(locution.text);
      const named = personOf.get(locution.nodeID) || match?.[1];
      if (named && !speakers.includes(named)) speakers.push(named);
      texts.push(match ? (match[2] as string) : locution.text);
    }
    result.set(node.nodeID, { speaker: speakers[0], others: speakers.slice(1), texts });
  }
  return result;
}
