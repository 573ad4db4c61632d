import type { Role } from "../../analysis/roles";
import { findQuote } from "../../anchor/quote";
import { anchorHolds } from "../../anchor/select";
import type { ArgumentMap } from "../../model/map";
import { escapeXml } from "./escape";

interface Span {
  start: number;
  end: number;
  statement: string;
}

/**
 * The source text as HTML with every anchored span wrapped in a <mark> that names its statement. Spans may
 * overlap (two statements quoting the same words): the text is cut at every span boundary, and each piece names
 * all statements that cover it, the one with the shortest span first (the most specific claim on those words).
 * An anchor that no longer holds is looked up by its quote; one that cannot be found is left out, never guessed.
 */
export function sourceTextHtml(map: ArgumentMap, text: string, roles: ReadonlyMap<string, Role>, roleLabels: Record<Role, string>): string {
  const spans = spansOf(map, text);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const shown = reflow(text);
  const pieces: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k] as number;
    const to = cuts[k + 1] as number;
    const words = escapeXml(shown.slice(from, to).replace(/\r/g, ""));
    const covering = spans.filter((s) => s.start <= from && s.end >= to).sort((a, b) => a.end - a.start - (b.end - b.start));
    const first = covering[0];
    if (!first) {
      pieces.push(words);
      continue;
    }
    const ids = [...new Set(covering.map((s) => s.statement))];
    const role = roles.get(first.statement) ?? "unconnected";
    pieces.push(
      `<mark class="span role-${role}" data-statement="${escapeXml(first.statement)}" data-statements="${escapeXml(ids.join(" "))}" data-role="${role}" tabindex="0" title="${escapeXml(roleLabels[role])}">${words}</mark>`,
    );
  }
  return pieces.join("");
}

function spansOf(map: ArgumentMap, text: string): Span[] {
  return map.statements.flatMap((s) =>
    s.anchors.flatMap((anchor): Span[] => {
      if (anchor.end > anchor.start && anchorHolds(text, anchor)) return [{ start: anchor.start, end: anchor.end, statement: s.id }];
      const found = findQuote(text, anchor.exact);
      return found.ok ? [{ start: found.anchor.start, end: found.anchor.end, statement: s.id }] : [];
    }),
  );
}

/**
 * Hard line breaks inside a paragraph (text copied from a PDF) read as spaces; blank lines stay paragraph
 * breaks. One character for one, so the anchors' offsets still address the same characters.
 */
function reflow(text: string): string {
  return text.replace(/(?<![\n\r])\r?\n(?![\r\n])/g, (lineBreak) => " ".repeat(lineBreak.length));
}
