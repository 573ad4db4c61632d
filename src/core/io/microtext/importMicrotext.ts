import type { Anchor } from "../../model/map";
import { ImportDraft } from "../draft";
import type { ImportOptions, ImportResult } from "../report";
import { type ArgEdge, type ArgGraph, parseArgGraph } from "./arggraph";

/** The tag of a statement the opponent voices (ADU type "opp"): the author states it in order to answer it. */
export const OPPONENT_TAG = "opponent";

/**
 * Import a Potsdam microtext (arggraph XML) with its text. Each ADU becomes a statement anchored at its EDU
 * segments; sup and exa edges become supports (exa noted as "example"), reb an attack, und an attack on the
 * inference of the edge it points at, add an extra, linked premise of that edge's inference. The central claim
 * is the ADU with no outgoing relation.
 */
export function importMicrotext(xml: string, options: ImportOptions): ImportResult {
  const read = parseArgGraph(xml);
  if (!read.ok) return read;
  const graph = read.graph;
  const draft = new ImportDraft(options, options.text);
  const statementOf = addStatements(graph, draft);
  addRelations(graph, draft, statementOf);
  const about = [graph.topic && `topic "${graph.topic}"`, graph.stance && `stance "${graph.stance}"`].filter(Boolean);
  if (about.length > 0) draft.note("topic", `the map keeps no ${about.join(" or ")} of the text`);
  return draft.finish();
}

function addStatements(graph: ArgGraph, draft: ImportDraft): Map<string, string> {
  const anchorOf = anchorSegments(graph, draft);
  const segments = segmentsOf(graph);
  const relations = graph.edges.filter((e) => e.type !== "seg");
  const central = graph.adus.filter((a) => !relations.some((e) => e.src === a.id));
  if (central.length !== 1) {
    draft.note(
      "central",
      `${central.length} ADUs have no outgoing relation, so no central claim is set (the format has exactly one)`,
      central.map((a) => a.id),
    );
  }
  const statementOf = new Map<string, string>();
  for (const adu of graph.adus) {
    const edus = segments.get(adu.id) ?? [];
    if (edus.length === 0) draft.note("no-segment", `ADU ${adu.id} has no text segment: its statement has no wording`, [adu.id]);
    const id = draft.addStatement({
      text: edus.map((e) => e.text.trim()).join(" "),
      anchors: edus.flatMap((e) => anchorOf.get(e.id) ?? []),
      central: central.length === 1 && central[0] === adu,
      tags: adu.type === "opp" ? [OPPONENT_TAG] : undefined,
    });
    statementOf.set(adu.id, id);
  }
  return statementOf;
}

/** The EDUs of each ADU, in text order: straight (EDU → ADU) or through a joint (EDU → JOINT → ADU). */
function segmentsOf(graph: ArgGraph): Map<string, { id: string; text: string }[]> {
  const seg = graph.edges.filter((e) => e.type === "seg");
  const order = new Map(graph.edus.map((e, index) => [e.id, index]));
  const result = new Map<string, { id: string; text: string }[]>();
  for (const adu of graph.adus) {
    const into = seg.filter((e) => e.trg === adu.id).map((e) => e.src);
    const eduIds = into.flatMap((src) => (order.has(src) ? [src] : seg.filter((e) => e.trg === src).map((e) => e.src)));
    const edus = graph.edus.filter((e) => eduIds.includes(e.id));
    result.set(
      adu.id,
      edus.sort((a, b) => (order.get(a.id) as number) - (order.get(b.id) as number)),
    );
  }
  return result;
}

/** Each EDU found in the text after the one before it (the segments follow the text), by core findQuote. */
function anchorSegments(graph: ArgGraph, draft: ImportDraft): Map<string, Anchor> {
  const anchors = new Map<string, Anchor>();
  if (draft.text === undefined) {
    draft.note("no-text", "no source text given: the statements are not anchored");
    return anchors;
  }
  const lost: string[] = [];
  let from = 0;
  for (const edu of graph.edus) {
    const found = draft.find(edu.text, from);
    if (found.ok) {
      anchors.set(edu.id, found.anchor);
      from = found.anchor.end;
    } else lost.push(edu.id);
  }
  if (lost.length > 0) draft.note("quote-not-found", `${lost.length} segment(s) not found in the source text: left without anchors`, lost);
  return anchors;
}

/**
 * Relations in rounds: und and add point at an edge, so they wait until that edge has its inference (an und
 * may point at another und, an add at an und).
 */
function addRelations(graph: ArgGraph, draft: ImportDraft, statementOf: Map<string, string>): void {
  const inferenceOf = new Map<string, string>();
  const edgeIds = new Set(graph.edges.map((e) => e.id));
  let pending = graph.edges.filter((e) => e.type !== "seg");
  while (pending.length > 0) {
    const ready = pending.filter((e) => !edgeIds.has(e.trg) || inferenceOf.has(e.trg));
    if (ready.length === 0) {
      draft.note(
        "unresolved",
        `skipped ${pending.length} relation(s) that point at each other or at nothing`,
        pending.map((e) => e.id),
      );
      return;
    }
    for (const edge of ready) addRelation(edge, draft, statementOf, inferenceOf);
    pending = pending.filter((e) => !ready.includes(e));
  }
}

function addRelation(edge: ArgEdge, draft: ImportDraft, statementOf: Map<string, string>, inferenceOf: Map<string, string>): void {
  const premise = statementOf.get(edge.src);
  const target = statementOf.get(edge.trg) ?? inferenceOf.get(edge.trg);
  if (!premise || !target) {
    draft.note("unresolved", `skipped ${edge.type} edge ${edge.id}: it does not join an ADU to an ADU or an edge`, [edge.id]);
    return;
  }
  if (edge.type === "add") {
    const added = draft.addPremise(target, premise);
    if (added.ok) inferenceOf.set(edge.id, target);
    else draft.note("relation-refused", `skipped add edge ${edge.id}: ${added.problem}`, [edge.id]);
    return;
  }
  const kind = edge.type === "sup" || edge.type === "exa" ? "support" : "attack";
  const linked = draft.addInference(kind, [premise], target, edge.type === "exa" ? "example" : undefined);
  if (linked.ok) inferenceOf.set(edge.id, linked.id);
  else draft.note("relation-refused", `skipped ${edge.type} edge ${edge.id}: ${linked.problem}`, [edge.id]);
}
