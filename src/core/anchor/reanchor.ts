import search from "approx-string-match";
import type { Anchor, ArgumentMap, Statement } from "../model/map";
import { anchorAt, anchorHolds } from "./select";

export type AnchorFate = "kept" | "moved" | "fuzzy" | "lost";

export interface Reanchored {
  anchor: Anchor;
  fate: AnchorFate;
}

/**
 * Re-find an anchor in a changed text, the way Hypothesis anchors W3C quote selectors: first at its offsets,
 * then the exact quote (the occurrence whose context fits best), then an approximate match allowing a fifth
 * of the quote's length in edits. A lost anchor is returned unchanged so that nothing is dropped.
 */
export function reanchor(text: string, anchor: Anchor): Reanchored {
  if (anchorHolds(text, anchor)) return { anchor: anchorAt(text, anchor.start, anchor.end), fate: "kept" };
  if (anchor.exact.length === 0) return { anchor, fate: "lost" };
  const exact = exactOccurrences(text, anchor.exact);
  if (exact.length > 0) {
    const best = bestByContext(
      text,
      anchor,
      exact.map((start) => ({ start, end: start + anchor.exact.length, errors: 0 })),
    );
    return { anchor: anchorAt(text, best.start, best.end), fate: "moved" };
  }
  const maxErrors = Math.min(64, Math.floor(anchor.exact.length / 5));
  if (maxErrors === 0) return { anchor, fate: "lost" };
  const candidates = search(text, anchor.exact, maxErrors);
  if (candidates.length === 0) return { anchor, fate: "lost" };
  const best = bestByContext(text, anchor, candidates);
  return { anchor: anchorAt(text, best.start, best.end), fate: "fuzzy" };
}

export interface LostAnchor {
  statement: string;
  anchor: Anchor;
}

/** A span found again only approximately: its words in the text differ from the words that were marked. */
export interface ApproximateAnchor {
  statement: string;
  /** The span as the map had it. */
  before: Anchor;
  /** Where it was found, with the words now there. */
  anchor: Anchor;
}

export interface MapReanchored {
  map: ArgumentMap;
  lost: LostAnchor[];
  /** Found again with other words: for the user to check, since a few edits can change what a span says. */
  approximate: ApproximateAnchor[];
  changed: number;
}

/** What re-finding one statement's anchors gave. */
export interface StatementReanchored {
  statement: Statement;
  lost: LostAnchor[];
  approximate: ApproximateAnchor[];
  changed: number;
}

/**
 * Re-find every anchor of a map in a changed text; lost anchors stay in the map, listed for the user, and those
 * found with other words are listed too. With the text's fingerprint, the map records it as the text its anchors
 * now belong to (source.sha256), which is what a save checks before it writes.
 */
export function reanchorMap(map: ArgumentMap, text: string, textSha256?: string): MapReanchored {
  return reanchorMapWith(map, textSha256, (statement) => reanchorStatement(statement, text));
}

/** reanchorMap with the statements re-found by `find`, so that a caller can share the work between maps. */
export function reanchorMapWith(
  map: ArgumentMap,
  textSha256: string | undefined,
  find: (statement: Statement) => StatementReanchored,
): MapReanchored {
  const found = map.statements.map(find);
  const changed = found.reduce((sum, f) => sum + f.changed, 0);
  const restamp = textSha256 !== undefined && textSha256 !== map.source.sha256;
  let result = changed > 0 ? { ...map, statements: found.map((f) => f.statement) } : map;
  if (restamp) result = { ...result, source: { ...map.source, sha256: textSha256 } };
  return { map: result, lost: found.flatMap((f) => f.lost), approximate: found.flatMap((f) => f.approximate), changed };
}

export function reanchorStatement(statement: Statement, text: string): StatementReanchored {
  const lost: LostAnchor[] = [];
  const approximate: ApproximateAnchor[] = [];
  let changed = 0;
  const anchors = statement.anchors.map((anchor) => {
    const result = reanchor(text, anchor);
    if (result.fate === "lost") lost.push({ statement: statement.id, anchor });
    if (result.fate === "fuzzy") approximate.push({ statement: statement.id, before: anchor, anchor: result.anchor });
    if (result.fate === "moved" || result.fate === "fuzzy") changed++;
    return result.anchor;
  });
  return { statement: changed > 0 ? { ...statement, anchors } : statement, lost, approximate, changed };
}

/** Anchors whose quote is not at their offsets in this text (stale: the text changed and they were not re-found). */
export function staleAnchors(map: ArgumentMap, text: string): LostAnchor[] {
  return map.statements.flatMap((s) => s.anchors.filter((a) => !anchorHolds(text, a)).map((anchor) => ({ statement: s.id, anchor })));
}

function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Fewer edits first; then the context that fits best; then the place nearest the old offset. */
function bestByContext(text: string, anchor: Anchor, candidates: Candidate[]): Candidate {
  const scored = candidates.map((c) => {
    const prefix = text.slice(Math.max(0, c.start - anchor.prefix.length), c.start);
    const suffix = text.slice(c.end, c.end + anchor.suffix.length);
    const context = commonSuffix(prefix, anchor.prefix) + commonPrefix(suffix, anchor.suffix);
    return { c, score: c.errors * 4 - context, distance: Math.abs(c.start - anchor.start) };
  });
  scored.sort((a, b) => a.score - b.score || a.distance - b.distance);
  return (scored[0] as { c: Candidate }).c;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
