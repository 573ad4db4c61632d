import type { CrossAuthorFile } from "../../model/workspace";
import { escapeXml } from "./escape";
import { type HandoutCell, type HandoutMaps, type HandoutOptions, type HandoutSide, handoutData } from "./handoutData";
import { inline } from "./markdown";

/**
 * The handout of a workspace for a class: the issues matrix (who says what on each point of contention) and
 * the list of links between the op-eds, as Markdown and as one self-contained HTML file. Pure: the app, the
 * command line and the tests share it. What it says is shaped once, in handoutData.ts (the PDF prints it too).
 */

export {
  type HandoutOptions,
  NO_POSITION_SYMBOL,
  opEdLabel,
  STANCE_SYMBOLS,
} from "./handoutData";

/** The handout as Markdown: a table for the matrix, then each issue with its positions, then the links. */
export function handoutMarkdown(file: CrossAuthorFile, maps: HandoutMaps, options: HandoutOptions = {}): string {
  const data = handoutData(file, maps, options);
  const { labels } = data;
  const lines: string[] = [`# ${inline(data.title)}`, "", `## ${labels.opEds}`, ""];
  for (const opEd of data.opEds) lines.push(`- **${inline(opEd.label)}**${opEd.about ? ` — ${inline(opEd.about)}` : ""}`);
  lines.push("", `## ${labels.matrix}`, "");
  if (data.issues.length === 0) lines.push(labels.noIssues, "");
  else {
    lines.push(`| ${[labels.issue, ...data.opEds.map((o) => o.label)].map(inline).join(" | ")} |`);
    lines.push(`|${" --- |".repeat(data.opEds.length + 1)}`);
    for (const issue of data.issues) lines.push(`| ${[inline(issue.question), ...issue.cells.map((c) => inline(c.text))].join(" | ")} |`);
    lines.push("", `## ${labels.issues}`, "");
    data.issues.forEach((issue, n) => {
      lines.push(`### ${n + 1}. ${inline(issue.question)}`, "");
      if (issue.note) lines.push(inline(issue.note), "");
      for (const cell of issue.cells) {
        lines.push(`- **${inline(cell.opEd)}:** ${inline(cell.text)}`);
        for (const statement of cell.statements) lines.push(`  - “${inline(statement.wording)}”`);
        if (cell.note) lines.push(`  - *${labels.note}:* ${inline(cell.note)}`);
      }
      lines.push("");
    });
  }
  lines.push(`## ${labels.links}`, "");
  if (data.links.length === 0) lines.push(labels.noLinks);
  const side = (s: HandoutSide) => `**${inline(s.opEd)}:** “${inline(s.wording)}”`;
  for (const link of data.links) {
    lines.push(`- ${side(link.from)} *${labels.relations[link.relation]}* ${side(link.to)}`);
    if (link.note) lines.push(`  - ${inline(link.note)}`);
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

const STYLE = `body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;margin:2rem auto;max-width:80rem;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #b8c0cc;padding:.4rem .5rem;vertical-align:top;text-align:left}
thead th{background:#eef1f5}tbody th{font-weight:600;width:18%}
.stance{font-weight:600;white-space:nowrap}.symbol{display:inline-block;width:1.1em;text-align:center}
.pro{background:#e3f4e6}.contra{background:#fbe4e2}.mixed{background:#fdf1d8}.none{background:#f1f2f4}.absent{color:#6b7380;font-style:italic}
blockquote{margin:.2rem 0 .2rem 1rem;color:#3b4554}.relation{font-style:italic}.note{color:#4a5565}
@media print{body{margin:0;max-width:none}table{font-size:12px}}`;

/** The handout as one HTML file with its style inside and nothing outside; every text is escaped. */
export function handoutHtml(file: CrossAuthorFile, maps: HandoutMaps, options: HandoutOptions = {}): string {
  const data = handoutData(file, maps, options);
  const { labels } = data;
  const e = escapeXml;
  const cell = (c: HandoutCell): string => {
    const symbol = `<span class="symbol" aria-hidden="true">${e(c.symbol)}</span>`;
    if (c.stance === "absent") return `<td class="absent">${symbol} ${e(c.word)}</td>`;
    const summary = c.summary ? ` ${e(c.summary)}` : "";
    return `<td class="${c.stance}"><span class="stance">${symbol} ${e(c.word)}${c.summary ? ":" : ""}</span>${summary}</td>`;
  };
  const parts: string[] = [];
  parts.push(`<h2>${e(labels.opEds)}</h2>`, "<ul>");
  for (const opEd of data.opEds) parts.push(`<li><strong>${e(opEd.label)}</strong>${opEd.about ? ` — ${e(opEd.about)}` : ""}</li>`);
  parts.push("</ul>", `<h2>${e(labels.matrix)}</h2>`);
  if (data.issues.length === 0) parts.push(`<p>${e(labels.noIssues)}</p>`);
  else {
    const head = data.opEds.map((o) => `<th scope="col">${e(o.label)}</th>`).join("");
    parts.push(`<table>`, `<thead><tr><th scope="col">${e(labels.issue)}</th>${head}</tr></thead>`, "<tbody>");
    for (const issue of data.issues) parts.push(`<tr><th scope="row">${e(issue.question)}</th>${issue.cells.map(cell).join("")}</tr>`);
    parts.push("</tbody>", "</table>", `<h2>${e(labels.issues)}</h2>`);
    data.issues.forEach((issue, n) => {
      parts.push(`<h3>${n + 1}. ${e(issue.question)}</h3>`);
      if (issue.note) parts.push(`<p class="note">${e(issue.note)}</p>`);
      parts.push("<ul>");
      for (const c of issue.cells) {
        const quotes = c.statements.map((s) => `<blockquote>“${e(s.wording)}”</blockquote>`).join("");
        const note = c.note ? `<p class="note">${e(labels.note)}: ${e(c.note)}</p>` : "";
        parts.push(`<li><strong>${e(c.opEd)}:</strong> ${e(c.text)}${quotes}${note}</li>`);
      }
      parts.push("</ul>");
    });
  }
  parts.push(`<h2>${e(labels.links)}</h2>`);
  if (data.links.length === 0) parts.push(`<p>${e(labels.noLinks)}</p>`);
  else {
    parts.push("<ul>");
    const side = (s: HandoutSide) => `<strong>${e(s.opEd)}:</strong> “${e(s.wording)}”`;
    for (const link of data.links) {
      const note = link.note ? `<p class="note">${e(link.note)}</p>` : "";
      parts.push(`<li>${side(link.from)} <span class="relation">${e(labels.relations[link.relation])}</span> ${side(link.to)}${note}</li>`);
    }
    parts.push("</ul>");
  }
  const title = data.title;
  const language = data.language;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Argumap">
<title>${e(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${e(title)}</h1>
${parts.join("\n")}
</body>
</html>
`;
}
