/**
 * Checks of quotations in an exported handout, for the tests of every format: what a document sets between
 * curly double quotes must be the op-ed's own words, so each such span must be found in the texts.
 */

/** Every text the document sets between curly double quotes, in order, whitespace collapsed. */
export function quotedSpans(text: string): string[] {
  return [...text.matchAll(/“([^“”]*)”/g)].map((m) => (m[1] ?? "").replace(/\s+/g, " ").trim());
}

/**
 * Text as a quotation is compared: without quotation marks and apostrophes (a span's own become ‘…’), whitespace
 * collapsed, and none beside a hyphen (a PDF's reader cannot tell "Helsinki -akkoorden" broken after its hyphen
 * from "Helsinki - akkoorden").
 */
export function forComparison(text: string): string {
  return text
    .replace(/["“”„‘’'«»]/g, "")
    .replace(/\s+/g, " ")
    .replace(/ ?- ?/g, "-")
    .trim();
}

/** The spans found in none of the texts: words a document puts in quotation marks that no op-ed wrote. */
export function notInTexts(spans: readonly string[], texts: readonly string[]): string[] {
  const sources = texts.map(forComparison);
  return spans.filter((span) => !sources.some((source) => source.includes(forComparison(span))));
}
