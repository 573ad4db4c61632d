import type { InferenceKind } from "../../model/map";
import { ImportDraft } from "../draft";
import type { ImportOptions, ImportResult, ReportEntry } from "../report";
import { parseAif } from "./parse";
import { speakersOf } from "./speakers";
import { addStatements, readSource } from "./statements";
import { type AifEdge, type AifGraph, type AifNode, DEFAULT_SCHEME, DIALOGUE_NODE_TYPES } from "./types";

/** What the steps of one import share: the file's graph, its edges by end, and the ids made so far. */
interface Context {
  graph: AifGraph;
  draft: ImportDraft;
  incoming: Map<string, AifEdge[]>;
  outgoing: Map<string, AifEdge[]>;
  statementOf: Map<string, string>;
  inferenceOf: Map<string, string>;
  typeOf: (id: string) => string | undefined;
}

/**
 * Import AIF JSON (AIFdb or OVA3 form). I-nodes become statements, RA-nodes support inferences, CA-nodes attacks
 * (on a statement, or on an inference: an undercut). Locutions say who asserts a statement; the speaker of most
 * of them is the text's author. What the map cannot hold (rephrases, preferences, the dialogue) is listed in
 * the report, and so is what was read rather than found in the file (the author, the language).
 */
export function importAif(json: string, options: ImportOptions): ImportResult {
  const read = parseAif(json);
  if (!read.ok) return read;
  const graph = read.graph;
  const nodes = new Map(graph.nodes.map((n) => [n.nodeID, n]));
  const { edges, skipped } = usableEdges(graph, nodes);
  const incoming = groupBy(edges, (e) => e.toID);
  const outgoing = groupBy(edges, (e) => e.fromID);
  const typeOf = (id: string) => nodes.get(id)?.type;
  const speakers = speakersOf(graph, incoming, nodes);
  const { source, author, notes } = readSource(graph, speakers, options.text);
  const draft = new ImportDraft(options, options.text, source);
  for (const entry of [...skipped, ...notes]) draft.note(entry.code, entry.message, entry.ids);
  const statementOf = addStatements(graph, draft, speakers, author?.speaker, options.text !== undefined);
  const inferenceOf = new Map<string, string>();
  addInferences({ graph, draft, incoming, outgoing, statementOf, inferenceOf, typeOf });

  for (const [nodeID, position] of graph.positions) {
    const id = statementOf.get(nodeID) ?? inferenceOf.get(nodeID);
    if (id) draft.place(id, position);
  }
  reportRephrases(graph, draft, incoming, outgoing, statementOf);
  reportOthers(graph, draft);
  if (graph.embeddedText && options.text === undefined) {
    draft.note(
      "embedded-text",
      "the OVA file carries its text as HTML, which cannot anchor statements: give the plain source text to anchor them",
    );
  }
  return draft.finish();
}

/** The edges the map can follow, and a report entry for each kind left out (reported once the draft exists). */
function usableEdges(graph: AifGraph, nodes: Map<string, AifNode>): { edges: AifEdge[]; skipped: ReportEntry[] } {
  const skipped: ReportEntry[] = [];
  const dangling = graph.edges.filter((e) => !nodes.has(e.fromID) || !nodes.has(e.toID));
  if (dangling.length > 0) {
    skipped.push({
      code: "dangling-edge",
      message: `skipped ${dangling.length} edge(s) to or from a node that is not in the file`,
      ids: dangling.map((e) => e.edgeID),
    });
  }
  const direct = graph.edges.filter((e) => nodes.get(e.fromID)?.type === "I" && nodes.get(e.toID)?.type === "I");
  if (direct.length > 0) {
    skipped.push({
      code: "i-to-i-edge",
      message: `skipped ${direct.length} edge(s) from an I-node straight to an I-node: AIF needs an RA or CA node between them`,
      ids: direct.map((e) => e.edgeID),
    });
  }
  return { edges: graph.edges.filter((e) => !dangling.includes(e) && !direct.includes(e)), skipped };
}

/**
 * RA and CA nodes in rounds: a node that targets another RA or CA (an undercut) waits until its target exists.
 * What is left after the last round points in a circle, which the map cannot hold.
 */
function addInferences(context: Context): void {
  const { graph, draft, outgoing, inferenceOf, typeOf } = context;
  let pending = graph.nodes.filter((n) => n.type === "RA" || n.type === "CA");
  while (pending.length > 0) {
    const waiting = pending.filter((n) => {
      const targets = (outgoing.get(n.nodeID) ?? []).map((e) => e.toID).filter((t) => typeOf(t) === "RA" || typeOf(t) === "CA");
      return targets.some((t) => !inferenceOf.has(t) && pending.some((p) => p.nodeID === t));
    });
    const ready = pending.filter((n) => !waiting.includes(n));
    if (ready.length === 0) {
      draft.note(
        "circular",
        `skipped ${waiting.length} RA/CA node(s) that target each other in a circle`,
        waiting.map((n) => n.nodeID),
      );
      break;
    }
    for (const node of ready) addInference(node, context);
    pending = waiting;
  }
}

function addInference(node: AifNode, context: Context): void {
  const { draft, incoming, outgoing, statementOf, inferenceOf, typeOf } = context;
  const kind: InferenceKind = node.type === "RA" ? "support" : "attack";
  // Only I-nodes are premises: an RA or CA pointing here supports or attacks this inference (it is made on its own).
  const premises = (incoming.get(node.nodeID) ?? []).flatMap((e) => statementOf.get(e.fromID) ?? []);
  const targets = (outgoing.get(node.nodeID) ?? []).map((e) => e.toID).filter((id) => !DIALOGUE_NODE_TYPES.has(typeOf(id) ?? ""));
  const conclusions = targets.flatMap((id) => statementOf.get(id) ?? inferenceOf.get(id) ?? []);
  if (premises.length === 0 || conclusions.length === 0) {
    const missing = premises.length === 0 ? "no premise" : "no conclusion";
    draft.note("incomplete-inference", `skipped ${node.type}-node ${node.nodeID}: it has ${missing} the map can hold`, [node.nodeID]);
    return;
  }
  if (conclusions.length > 1) {
    draft.note(
      "several-conclusions",
      `${node.type}-node ${node.nodeID} has ${conclusions.length} conclusions: made one inference for each`,
      [node.nodeID],
    );
  }
  const text = node.text.trim();
  const note = text && !DEFAULT_SCHEME.test(text) ? text : undefined;
  for (const target of conclusions) {
    const linked = draft.addInference(kind, premises, target, note);
    if (linked.ok && !inferenceOf.has(node.nodeID)) inferenceOf.set(node.nodeID, linked.id);
    if (!linked.ok) draft.note("inference-refused", `skipped ${node.type}-node ${node.nodeID}: ${linked.problem}`, [node.nodeID]);
  }
}

function reportRephrases(
  graph: AifGraph,
  draft: ImportDraft,
  incoming: Map<string, AifEdge[]>,
  outgoing: Map<string, AifEdge[]>,
  statementOf: Map<string, string>,
): void {
  const texts = new Map(graph.nodes.map((n) => [n.nodeID, n.text.trim()]));
  for (const node of graph.nodes.filter((n) => n.type === "MA")) {
    const from = (incoming.get(node.nodeID) ?? []).map((e) => e.fromID).filter((id) => statementOf.has(id));
    const to = (outgoing.get(node.nodeID) ?? []).map((e) => e.toID).filter((id) => statementOf.has(id));
    for (const a of from) {
      for (const b of to) {
        draft.note(
          "rephrase",
          `"${texts.get(b)}" rephrases "${texts.get(a)}" (MA-node ${node.nodeID}): one map cannot say that two of its statements are the same claim; link them in the cross-author file instead`,
          [statementOf.get(a) as string, statementOf.get(b) as string],
        );
      }
    }
  }
}

function reportOthers(graph: AifGraph, draft: ImportDraft): void {
  const dialogue = graph.nodes.filter((n) => DIALOGUE_NODE_TYPES.has(n.type));
  if (dialogue.length > 0) {
    const types = [...new Set(dialogue.map((n) => n.type))].join(", ");
    draft.note(
      "dialogue",
      `read ${dialogue.length} dialogue node(s) (${types}) only for who asserts a statement and in which words: the map does not keep the dialogue`,
    );
  }
  const other = graph.nodes.filter((n) => !["I", "RA", "CA", "MA"].includes(n.type) && !DIALOGUE_NODE_TYPES.has(n.type));
  for (const type of new Set(other.map((n) => n.type))) {
    const ofType = other.filter((n) => n.type === type);
    const what = type === "PA" ? "preference" : "unknown";
    draft.note(
      "node-not-expressible",
      `skipped ${ofType.length} ${type}-node(s) (${what}): the map has no such relation`,
      ofType.map((n) => n.nodeID),
    );
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
