import type { ImportError } from "../report";
import { parseXml, type XmlElement } from "./xml";

/** The argumentation graph of one microtext (arggraph.dtd), checked for the attributes the DTD requires. */
export interface ArgGraph {
  id: string;
  topic?: string;
  stance?: string;
  /** Elementary discourse units: text segments, in text order. */
  edus: { id: string; text: string }[];
  joints: string[];
  /** Argumentative discourse units: the claims; opp = the opponent's voice. */
  adus: { id: string; type: "pro" | "opp" }[];
  edges: ArgEdge[];
}

export type EdgeType = "seg" | "sup" | "exa" | "add" | "reb" | "und";

export interface ArgEdge {
  id: string;
  src: string;
  trg: string;
  type: EdgeType;
}

const EDGE_TYPES: readonly string[] = ["seg", "sup", "exa", "add", "reb", "und"];

export type ArgGraphRead = { ok: true; graph: ArgGraph } | { ok: false; error: ImportError };

export function parseArgGraph(xml: string): ArgGraphRead {
  const read = parseXml(xml);
  if (!read.ok) return { ok: false, error: { code: "syntax", message: read.message, line: read.line, column: read.column } };
  const root = read.root;
  if (root.name !== "arggraph") {
    return {
      ok: false,
      error: { code: "wrong-format", message: `not an arggraph: the root element is <${root.name}>`, line: root.line, column: root.column },
    };
  }
  try {
    const of = (name: string) => root.children.filter((c) => c.name === name);
    const graph: ArgGraph = {
      id: required(root, "id"),
      edus: of("edu").map((e) => ({ id: required(e, "id"), text: e.text })),
      joints: of("joint").map((j) => required(j, "id")),
      adus: of("adu").map((a) => ({ id: required(a, "id"), type: oneOf(a, "type", ["pro", "opp"]) as "pro" | "opp" })),
      edges: of("edge").map((e) => ({
        id: required(e, "id"),
        src: required(e, "src"),
        trg: required(e, "trg"),
        type: oneOf(e, "type", EDGE_TYPES) as EdgeType,
      })),
    };
    if (root.attributes.topic_id) graph.topic = root.attributes.topic_id;
    if (root.attributes.stance) graph.stance = root.attributes.stance;
    const seen = new Set<string>();
    for (const element of root.children) {
      const id = element.attributes.id as string;
      if (seen.has(id)) throw new Invalid(`id "${id}" is used twice`, element);
      seen.add(id);
    }
    return { ok: true, graph };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    return { ok: false, error: { code: "invalid", message: error.message, line: error.element.line, column: error.element.column } };
  }
}

class Invalid extends Error {
  constructor(
    message: string,
    readonly element: XmlElement,
  ) {
    super(message);
  }
}

function required(element: XmlElement, attribute: string): string {
  const value = element.attributes[attribute];
  if (value === undefined || value === "") throw new Invalid(`<${element.name}> needs the attribute ${attribute}`, element);
  return value;
}

function oneOf(element: XmlElement, attribute: string, allowed: readonly string[]): string {
  const value = required(element, attribute);
  if (!allowed.includes(value)) {
    throw new Invalid(`<${element.name}> ${attribute}="${value}" is not one of ${allowed.join(", ")}`, element);
  }
  return value;
}
