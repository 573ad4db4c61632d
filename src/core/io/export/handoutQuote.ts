import { quotedWords } from "./quote";

/**
 * The words of a quoted span as the handout sets them between its own curly quotes. A span often starts or ends
 * with the text's own quotation marks; only those that belong to the whole span, or that the span cut off from
 * their partner, are dropped. Quotation marks inside the span become single ones (‘…’), the usual way to quote
 * within a quotation, so that “…” always opens and closes the op-ed's words and nothing else.
 */

const MARKS = /["“”„«»]/g;

export function spanWords(exact: string): string {
  return nested(quotedWords(exact));
}

/** Inner quotation marks as single ones: an opening mark where a word starts, a closing one where it ends. */
function nested(words: string): string {
  return words.replace(MARKS, (mark, at: number) => {
    if (mark === "“" || mark === "„" || mark === "«") return "‘";
    if (mark === "”" || mark === "»") return "’";
    const before = at === 0 ? " " : words.charAt(at - 1);
    return /[\s([]/.test(before) ? "‘" : "’";
  });
}
