import type { AifEdge, AifGraph, AifNode } from "./types";

export interface Asserted {
  /** The first speaker found; undefined when no locution names one. */
  speaker: string | undefined;
  /** Further, different speakers of the same proposition (the map keeps one). */
  others: string[];
  /** The words of the locutions, to anchor by: they are what was said, where the I-node may be a paraphrase. */
  texts: string[];
}

/** Who says what in a file: per I-node, and the locutions that assert an I-node, each with its speaker. */
export interface Speakers {
  byStatement: Map<string, Asserted>;
  /** Every L-node that asserts an I-node (L → YA → I), once, with the speaker it names (undefined: nobody named). */
  locutions: { nodeID: string; speaker: string | undefined }[];
}

/** AIFdb writes a locution as "Speaker : what was said"; a name is short and comes before the first colon. */
const LOCUTION = /^\s*([^:\n]{1,80}?)\s*:\s+([\s\S]*\S)\s*$/;

/**
 * Who asserts each I-node, read from L → YA → I (a locution, its illocution, the proposition). The name comes
 * from the participants when the locutions table names a person for the locution, else from the "Speaker : text"
 * convention. A file with a participants list says who speaks through its table, so there a locution the table
 * gives no person has no named speaker: its whole text is the words, even when they hold a colon.
 */
export function speakersOf(graph: AifGraph, incoming: Map<string, AifEdge[]>, nodes: Map<string, AifNode>): Speakers {
  const people = new Map(graph.participants.map((p) => [p.participantID, [p.firstname, p.surname].filter(Boolean).join(" ")]));
  const personOf = new Map(graph.locutions.flatMap((l) => (l.personID ? [[l.nodeID, people.get(l.personID)] as const] : [])));
  const byStatement = new Map<string, Asserted>();
  const locutions = new Map<string, string | undefined>();
  for (const node of graph.nodes) {
    if (node.type !== "I") continue;
    const asserting = (incoming.get(node.nodeID) ?? [])
      .filter((e) => nodes.get(e.fromID)?.type === "YA")
      .flatMap((ya) => incoming.get(ya.fromID) ?? [])
      .map((e) => nodes.get(e.fromID))
      .filter((n): n is AifNode => n?.type === "L");
    if (asserting.length === 0) continue;
    const speakers: string[] = [];
    const texts: string[] = [];
    for (const locution of asserting) {
      const { speaker, words } = readLocution(locution, personOf.get(locution.nodeID), graph.listsParticipants);
      if (speaker && !speakers.includes(speaker)) speakers.push(speaker);
      texts.push(words);
      locutions.set(locution.nodeID, speaker);
    }
    byStatement.set(node.nodeID, { speaker: speakers[0], others: speakers.slice(1), texts });
  }
  return { byStatement, locutions: [...locutions].map(([nodeID, speaker]) => ({ nodeID, speaker })) };
}

function readLocution(locution: AifNode, person: string | undefined, listsParticipants: boolean): { speaker?: string; words: string } {
  // The person's whole name first: a name may hold a colon of its own ("NOS: redactie").
  const named = person && locution.text.startsWith(person) ? /^\s*:\s+([\s\S]*\S)\s*$/.exec(locution.text.slice(person.length)) : null;
  if (person && named) return { speaker: person, words: named[1] as string };
  const match = LOCUTION.exec(locution.text);
  if (person) return { speaker: person, words: match ? (match[2] as string) : locution.text };
  if (listsParticipants || !match) return { words: locution.text };
  return { speaker: match[1], words: match[2] as string };
}

export interface Dominant {
  speaker: string;
  /** How many locutions name the speaker, of how many locutions in all. */
  count: number;
  total: number;
}

/**
 * The author of a monological text, read from its locutions: the speaker named in more than half of all the
 * locutions that assert something (those that name nobody count in the whole). A dialogue, or a text that
 * quotes others as much as it speaks itself, has none.
 */
export function dominantSpeaker(locutions: Speakers["locutions"]): Dominant | undefined {
  const counts = new Map<string, number>();
  for (const { speaker } of locutions) if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  const total = locutions.length;
  for (const [speaker, count] of counts) if (count * 2 > total) return { speaker, count, total };
  return undefined;
}
