import type { Anchor } from "../model/map";

/** How much context a selector keeps on each side; Hypothesis and the W3C examples use about this much. */
export const CONTEXT_LENGTH = 32;

/** The anchor of text[start, end): W3C TextPositionSelector plus TextQuoteSelector in one record. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  return {
    start: from,
    end: to,
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
    suffix: text.slice(to, to + CONTEXT_LENGTH),
  };
}

/** True when the anchor still addresses its quote in this text. */
export function anchorHolds(text: string, anchor: Anchor): boolean {
  return text.slice(anchor.start, anchor.end) === anchor.exact;
}

/** Trim whitespace at both ends of a selection, so a drag that caught a space or a line break gives a clean span. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}
