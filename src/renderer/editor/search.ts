import type { ArgumentMap } from "../../core";

/**
 * A text folded for searching — lower case, accents and marks removed (NFKD), typographic quotes and dashes made
 * plain, runs of white space made one space — with, for each folded character, the span of the original text it
 * came from. Matches found in the folded text map back to offsets into the original, which anchors and the reader use.
 */
export interface Folded {
  text: string;
  starts: number[];
  ends: number[];
}

const PLAIN: Record<string, string> = { "‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-" };

export function fold(original: string): Folded {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of original) {
    const end = index + char.length;
    if (/\s/.test(char)) {
      if (text.endsWith(" ")) ends[ends.length - 1] = end;
      else push(" ", index, end);
    } else {
      const plain = PLAIN[char] ?? char.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
      for (const unit of plain) push(unit, index, end);
    }
    index = end;
  }
  return { text, starts, ends };

  function push(unit: string, start: number, stop: number): void {
    text += unit;
    for (let k = 0; k < unit.length; k++) {
      starts.push(start);
      ends.push(stop);
    }
  }
}

/** The query as it is matched: folded like the texts, without white space at its ends. */
export function foldQuery(query: string): string {
  return fold(query).text.trim();
}

export interface Span {
  start: number;
  end: number;
}

/** Every place the folded query occurs, as spans of the original text; overlapping matches are skipped. */
export function findAll(haystack: Folded, query: string): Span[] {
  if (query.length === 0) return [];
  const found: Span[] = [];
  for (let at = haystack.text.indexOf(query); at !== -1; at = haystack.text.indexOf(query, at + query.length)) {
    found.push({ start: haystack.starts[at] as number, end: haystack.ends[at + query.length - 1] as number });
  }
  return found;
}

export interface StatementHit {
  kind: "statement";
  id: string;
  text: string;
  matches: Span[];
  /** Where the statement's first span starts in the source text, to scroll the reader there. */
  offset?: number;
}

export interface TextHit {
  kind: "text";
  start: number;
  end: number;
}

export interface SearchResults {
  statements: StatementHit[];
  text: TextHit[];
  /** Text matches beyond the listed ones. */
  moreText: number;
}

export const TEXT_HIT_LIMIT = 200;

/** Statements whose wording holds the query, then the places in the source text, in reading order. */
export function searchDocument(map: ArgumentMap | undefined, source: Folded, query: string): SearchResults {
  const needle = foldQuery(query);
  if (!needle) return { statements: [], text: [], moreText: 0 };
  const statements: StatementHit[] = [];
  for (const statement of map?.statements ?? []) {
    const matches = findAll(fold(statement.text), needle);
    if (matches.length === 0) continue;
    const hit: StatementHit = { kind: "statement", id: statement.id, text: statement.text, matches };
    const first = statement.anchors[0];
    if (first) hit.offset = first.start;
    statements.push(hit);
  }
  const all = findAll(source, needle);
  return {
    statements,
    text: all.slice(0, TEXT_HIT_LIMIT).map((span) => ({ kind: "text", ...span })),
    moreText: Math.max(0, all.length - TEXT_HIT_LIMIT),
  };
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** The match with some words around it, on one line, cut at word boundaries. */
export function snippetOf(text: string, span: Span, context = 48): Snippet {
  const flat = (s: string) => s.replace(/\s+/g, " ");
  let from = Math.max(0, span.start - context);
  let to = Math.min(text.length, span.end + context);
  if (from > 0) {
    const space = text.slice(from, span.start).search(/\s/);
    if (space !== -1) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(span.end, to);
    const space = Math.max(tail.lastIndexOf(" "), tail.lastIndexOf("\n"));
    if (space !== -1) to = span.end + space;
  }
  return {
    before: `${from > 0 ? "…" : ""}${flat(text.slice(from, span.start)).trimStart()}`,
    match: flat(text.slice(span.start, span.end)),
    after: `${flat(text.slice(span.end, to)).trimEnd()}${to < text.length ? "…" : ""}`,
  };
}
