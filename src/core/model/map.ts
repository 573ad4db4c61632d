/**
 * The map of one source text. Modelled on the Argument Interchange Format (AIF) so that AIF export is lossless:
 * statements are I-nodes, support inferences are RA-nodes, attack inferences are CA-nodes.
 */

/** A span of the source text, as a W3C Web Annotation TextPositionSelector plus TextQuoteSelector. */
export interface Anchor {
  /** Offset of the first character, in UTF-16 code units of the text as read (no normalisation). */
  start: number;
  /** Offset after the last character. */
  end: number;
  /** The text between start and end when the anchor was made. */
  exact: string;
  /** Up to 32 characters before the span, to re-find it after the text changed. */
  prefix: string;
  /** Up to 32 characters after the span. */
  suffix: string;
}

export interface Statement {
  id: string;
  /** The wording shown in the node: a short paraphrase; the anchors carry the original words. */
  text: string;
  /** Where the text says it. None: an implicit premise the analyst added. */
  anchors: Anchor[];
  /** Who asserts it in the text. Absent: the author. Otherwise the person the author quotes. */
  speaker?: string;
  /** The central claim (thesis) of the map. At most one statement has it. */
  central?: boolean;
  tags?: string[];
  note?: string;
}

export type InferenceKind = "support" | "attack";

export interface Inference {
  id: string;
  /** support = AIF RA (reason), attack = AIF CA (conflict). */
  kind: InferenceKind;
  /** Statement ids. More than one: linked premises that only work together. */
  premises: string[];
  /** A statement id (support, rebuttal, undermining) or an inference id (undercut). */
  target: string;
  note?: string;
}

export interface Position {
  x: number;
  y: number;
  /** Set when the user placed the box by hand: automatic layout leaves it where it is. */
  pinned?: boolean;
}

export interface SourceInfo {
  /** File name of the source text, relative to the map file. */
  file: string;
  /** SHA-256 (hex) of the source text the anchors were made against. */
  sha256?: string;
  title?: string;
  author?: string;
  outlet?: string;
  date?: string;
  language?: string;
}

export const MAP_FORMAT = "argumap" as const;
export const MAP_VERSION = 1 as const;

export interface ArgumentMap {
  format: typeof MAP_FORMAT;
  version: typeof MAP_VERSION;
  /** Stable id of the map: links from other maps refer to it, so renaming the files keeps them. */
  id: string;
  source: SourceInfo;
  statements: Statement[];
  inferences: Inference[];
  /** Positions by statement or inference id, apart from the semantics so moving a box is a small diff. */
  layout: Record<string, Position>;
}
