import { z } from "zod";
import { firstSyntaxError, placeOfPath } from "../../schema/locate";
import type { ImportError } from "../report";
import type { AifGraph } from "./types";

// Loose objects: AIFdb and OVA add fields of their own (timestamp, scheme, visible) that the map does not need.
const nodeId = z.union([z.string(), z.number()]).transform(String);
const optionalId = z.union([z.string(), z.number(), z.null()]).optional();

const node = z.looseObject({ nodeID: nodeId, type: z.string(), text: z.string().optional() });
const edge = z.looseObject({ edgeID: optionalId, fromID: nodeId, toID: nodeId, formEdgeID: optionalId });
const locution = z.looseObject({ nodeID: nodeId, personID: optionalId });
const participant = z.looseObject({
  participantID: nodeId,
  firstname: z.string().optional(),
  surname: z.string().optional(),
});

const aifdb = z.looseObject({
  nodes: z.array(node),
  edges: z.array(edge),
  // xAIF writes null for an empty list.
  locutions: z.array(locution).nullish(),
  participants: z.array(participant).nullish(),
});

const ovaNode = z.looseObject({ nodeID: nodeId, x: z.number(), y: z.number() });
const ova3 = z.looseObject({
  AIF: aifdb,
  OVA: z.looseObject({ nodes: z.array(ovaNode).optional() }).optional(),
  text: z.unknown().optional(),
});

export type AifRead = { ok: true; graph: AifGraph } | { ok: false; error: ImportError };

/** Read AIF JSON in the AIFdb form `{ nodes, edges, locutions }` or the OVA3 form `{ AIF, OVA, text }`. */
export function parseAif(json: string): AifRead {
  const syntax = firstSyntaxError(json);
  if (syntax) return { ok: false, error: { code: "syntax", message: syntax.message, ...syntax.place } };
  const raw: unknown = JSON.parse(json);
  const isOva = typeof raw === "object" && raw !== null && "AIF" in raw;
  if (!isOva && !(typeof raw === "object" && raw !== null && "nodes" in raw)) {
    return {
      ok: false,
      error: { code: "wrong-format", message: "not AIF JSON: expected an object with nodes and edges", line: 1, column: 1 },
    };
  }
  const parsed = isOva ? ova3.safeParse(raw) : aifdb.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const where = path.length > 0 ? `${path.map(String).join(".")}: ` : "";
    return {
      ok: false,
      error: { code: "invalid", message: `not valid AIF: ${where}${issue?.message ?? "unknown problem"}`, ...placeOfPath(json, path) },
    };
  }
  const data = parsed.data;
  const aif = "AIF" in data ? (data.AIF as z.infer<typeof aifdb>) : (data as z.infer<typeof aifdb>);
  const ova = "AIF" in data ? (data as z.infer<typeof ova3>) : undefined;
  const positions = new Map((ova?.OVA?.nodes ?? []).map((n) => [n.nodeID, { x: n.x, y: n.y }] as const));
  return {
    ok: true,
    graph: {
      nodes: aif.nodes.map((n) => ({ nodeID: n.nodeID, type: n.type, text: n.text ?? "" })),
      edges: aif.edges.map((e, index) => ({
        edgeID: e.edgeID === undefined || e.edgeID === null ? `e${index + 1}` : String(e.edgeID),
        fromID: e.fromID,
        toID: e.toID,
        formEdgeID: e.formEdgeID === undefined || e.formEdgeID === null ? null : String(e.formEdgeID),
      })),
      locutions: (aif.locutions ?? []).map((l) =>
        l.personID === undefined || l.personID === null ? { nodeID: l.nodeID } : { nodeID: l.nodeID, personID: String(l.personID) },
      ),
      participants: (aif.participants ?? []).map((p) => ({ participantID: p.participantID, firstname: p.firstname, surname: p.surname })),
      listsParticipants: Array.isArray(aif.participants),
      positions,
      embeddedText: ova?.text !== undefined && ova.text !== null && ova.text !== "",
    },
  };
}
