import type { ArgumentMap } from "../../model/map";
import { bylineOf, labelsFor, titleOf } from "./labels";
import { buildOutline, type OutlineArgument, type OutlineClaim } from "./outline";
import { quotedWords } from "./quote";

/**
 * The map as a Markdown outline a student can read top to bottom: the central claim as a heading, the reasons,
 * objections and rebuttals as a nested list under what they argue for or against, undercuts under the argument
 * they attack, speakers named, implicit premises marked, and the quoted words of the text as footnotes.
 */
export function renderMarkdownOutline(map: ArgumentMap, _text?: string): string {
  const labels = labelsFor(map);
  const outline = buildOutline(map);
  const footnotes: string[] = [];
  const lines: string[] = [`# ${inline(titleOf(map))}`, ""];
  const byline = bylineOf(map);
  if (byline) lines.push(`*${inline(byline)}*`, "");

  const describe = (c: OutlineClaim): string => {
    const parts = [inline(c.statement.text)];
    if (c.statement.speaker?.trim()) parts.push(`— *${inline(c.statement.speaker.trim())}*`);
    if (c.statement.anchors.length === 0) parts.push(`*(${labels.implicit})*`);
    if (c.repeat) parts.push(`*(${labels.seeAbove})*`);
    else {
      for (const anchor of c.statement.anchors) {
        footnotes.push(`[^${footnotes.length + 1}]: “${inline(quotedWords(anchor.exact))}”`);
        parts.push(`[^${footnotes.length}]`);
      }
    }
    return parts.join(" ");
  };
  const claimChildren = (c: OutlineClaim, depth: number) => {
    for (const a of c.arguments) argument(a, depth);
  };
  const argument = (a: OutlineArgument, depth: number) => {
    const pad = "  ".repeat(depth);
    const name = labels.relations[a.relation];
    const [only] = a.premises;
    if (a.premises.length === 1 && only) {
      lines.push(`${pad}- **${name}:** ${describe(only)}`);
      claimChildren(only, depth + 1);
    } else {
      lines.push(`${pad}- **${name} (${labels.together}):**`);
      for (const p of a.premises) {
        lines.push(`${pad}  - ${describe(p)}`);
        claimChildren(p, depth + 2);
      }
    }
    for (const u of a.undercuts) argument(u, depth + 1);
  };

  if (outline.thesis) {
    lines.push(`## ${capitalise(labels.roles.thesis)}: ${describe(outline.thesis)}`, "");
    claimChildren(outline.thesis, 0);
    lines.push("");
  }
  if (outline.others.length > 0) {
    lines.push(`## ${labels.otherStatements}`, "");
    for (const c of outline.others) {
      lines.push(`- **${capitalise(labels.roles[c.role])}:** ${describe(c)}`);
      claimChildren(c, 1);
    }
    lines.push("");
  }
  if (footnotes.length > 0) lines.push(...footnotes, "");
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

/** Text as Markdown inline content: one line, with the characters that would start markup escaped. */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (ch) => `\\${ch}`);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
