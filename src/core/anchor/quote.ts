import type { Anchor } from "../model/map";
import { anchorAt } from "./select";

export type QuoteSearch = { ok: true; anchor: Anchor } | { ok: false; reason: "not-found" | "ambiguous"; count: number };

/**
 * Find a quote in a text where runs of whitespace (spaces, line breaks from PDF copies) count as equal.
 * Used to anchor statements written as quotes (bundled maps, imports) — never type offsets by hand.
 */
export function findQuote(text: string, quote: string): QuoteSearch {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { ok: false, reason: "not-found", count: 0 };
  const pattern = new RegExp(words.map(escapeRegExp).join("\\s+"), "g");
  const matches = [...text.matchAll(pattern)];
  const first = matches[0];
  if (!first || first.index === undefined) return { ok: false, reason: "not-found", count: 0 };
  if (matches.length > 1) return { ok: false, reason: "ambiguous", count: matches.length };
  return { ok: true, anchor: anchorAt(text, first.index, first.index + first[0].length) };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
