/**
 * The words of a quoted span as exports print them: on one line, without the quotation marks the text put
 * around them (the export adds its own curly quotes, so "„…”" would otherwise show twice). Single quotes stay:
 * in Dutch they mark a word ('vroeger'), not a quotation.
 */
export function quotedWords(exact: string): string {
  return exact
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["“”„«»]+\s*/, "")
    .replace(/\s*["“”„«»]+$/, "");
}
