/**
 * The words of a quoted span as exports print them: on one line, without the quotation marks the text put
 * around them (the export adds its own curly quotes, so "„…”" would otherwise show twice). A mark at an end is
 * dropped only when it is a pair with the other end's, or has no partner in the span: in `“niet mogelijk is” om
 * te…` the opening mark belongs to the closing one inside, and dropping it would leave a stray ”. Single quotes
 * stay: in Dutch they mark a word ('vroeger'), not a quotation.
 */
export function quotedWords(exact: string): string {
  const words = exact.replace(/\s+/g, " ").trim();
  const partner = partnersOf(words);
  let start = 0;
  let end = words.length;
  // Marks at the start, one by one: each dropped with its partner when that is at the end, alone when it has none.
  while (start < end && isMark(words[start])) {
    const other = partner.get(start);
    if (other === end - 1) end--;
    else if (other !== undefined) break;
    start++;
  }
  while (end > start && isMark(words[end - 1]) && partner.get(end - 1) === undefined) end--;
  return words.slice(start, end).trim();
}

const OPENING = new Set(["“", "„", "«"]);
const CLOSING = new Set(["”", "»"]);
/** Typewriter quotes open and close alike. */
const EITHER = '"';

function isMark(ch: string | undefined): boolean {
  return ch !== undefined && (OPENING.has(ch) || CLOSING.has(ch) || ch === EITHER);
}

/** Which quotation mark pairs with which, by position, innermost first; a mark without a partner is absent. */
function partnersOf(text: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const top = open[open.length - 1];
    const closes = CLOSING.has(ch) || (ch === EITHER && top !== undefined && text[top] === EITHER);
    if (closes && top !== undefined && (text[top] === EITHER) === (ch === EITHER)) {
      open.pop();
      pairs.set(top, i);
      pairs.set(i, top);
    } else if (OPENING.has(ch) || ch === EITHER) open.push(i);
  }
  return pairs;
}
