import type { CrossAuthorFile } from "../../model/workspace";
import { type HandoutData, type HandoutMaps, type HandoutOptions, type HandoutSide, handoutData, type StatementLine } from "./handoutData";
import { inline } from "./markdown";

/**
 * The handout as Markdown: a table for the matrix, then each issue with its note and every position's
 * statements, then the links, then the key. It prints handoutData's lines as they are: the quotation marks are
 * set there, never here.
 */

export function handoutMarkdown(file: CrossAuthorFile, maps: HandoutMaps, options: HandoutOptions = {}): string {
  const data = handoutData(file, maps, options);
  const lines: string[] = [`# ${inline(data.title)}`, "", `## ${data.labels.opEds}`, ""];
  for (const opEd of data.opEds) lines.push(`- **${inline(opEd.label)}**${opEd.about ? ` — ${inline(opEd.about)}` : ""}`);
  lines.push("", `## ${data.labels.matrix}`, "");
  if (data.issues.length === 0) lines.push(data.labels.noIssues, "");
  else lines.push(...matrix(data), "", ...issues(data));
  lines.push(...links(data), "", ...key(data));
  return `${lines.join("\n").trimEnd()}\n`;
}

function matrix(data: HandoutData): string[] {
  const head = `| ${[data.labels.issue, ...data.opEds.map((o) => o.label)].map(inline).join(" | ")} |`;
  const rows = data.issues.map(
    (issue) => `| ${[`${issue.number}. ${issue.question}`, ...issue.cells.map((c) => c.text)].map(inline).join(" | ")} |`,
  );
  return [head, `|${" --- |".repeat(data.opEds.length + 1)}`, ...rows];
}

function issues(data: HandoutData): string[] {
  const lines = [`## ${data.labels.issues}`, ""];
  for (const issue of data.issues) {
    lines.push(`### ${issue.number}. ${inline(issue.question)}`, "");
    if (issue.note) lines.push(inline(issue.note), "");
    for (const cell of issue.cells) {
      lines.push(`- **${inline(cell.opEd)}:** ${inline(cell.text)}`);
      for (const statement of cell.statements) lines.push(...statementLines(statement.lines, "  "));
      if (cell.note) lines.push(`  - *${data.labels.note}:* ${inline(cell.note)}`);
    }
    lines.push("");
  }
  return lines;
}

function links(data: HandoutData): string[] {
  const lines = [`## ${data.labels.links}`, ""];
  if (data.links.length === 0) lines.push(data.labels.noLinks);
  const side = (s: HandoutSide, indent: string) => {
    const [first, ...rest] = s.lines;
    return [`${indent}- **${inline(s.opEd)}:** ${first ? lineText(first) : ""}`, ...rest.map((l) => `${indent}  - ${lineText(l)}`)];
  };
  for (const link of data.links) {
    const indent = " ".repeat(`${link.number}. `.length);
    lines.push(`${link.number}. **${inline(link.from.opEd)}** *${data.labels.relations[link.relation]}* **${inline(link.to.opEd)}**`);
    lines.push(...side(link.from, indent), ...side(link.to, indent));
    if (link.note) lines.push(`${indent}- *${data.labels.note}:* ${inline(link.note)}`);
  }
  return lines;
}

function key(data: HandoutData): string[] {
  const { key } = data;
  const lines = [`## ${key.title}`, "", `### ${key.statements.heading}`, ""];
  for (const entry of key.statements.entries) lines.push(`- ${lineText(entry.sample)} — ${inline(entry.meaning)}`);
  lines.push("", `### ${key.stances.heading}`, "");
  for (const entry of key.stances.entries) {
    const word = entry.stance === "absent" ? `*${inline(entry.word)}*` : `**${inline(entry.word)}**`;
    // "+" after the bullet would start a list inside the list.
    lines.push(`- ${entry.symbol.replace(/^[+*-]/, "\\$&")} ${word} — ${inline(entry.meaning)}`);
  }
  lines.push("", `### ${key.relations.heading}`, "");
  for (const entry of key.relations.entries) lines.push(`- *${inline(entry.word)}* — ${inline(entry.meaning)}`);
  return lines;
}

/** A statement's lines as a list under `indent`: the wording, and under it its spans. */
function statementLines(lines: StatementLine[], indent: string): string[] {
  return lines.map((line, i) => `${i === 0 ? indent : `${indent}  `}- ${lineText(line)}`);
}

function lineText(line: StatementLine): string {
  if (line.kind === "implicit") return `*${inline(line.text)}*`;
  return `${line.lead ? `*${inline(line.lead.trim())}* ` : ""}${inline(line.text)}`;
}
