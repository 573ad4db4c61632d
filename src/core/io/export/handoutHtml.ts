import type { CrossAuthorFile } from "../../model/workspace";
import { escapeXml as e } from "./escape";
import {
  type HandoutCell,
  type HandoutData,
  type HandoutMaps,
  type HandoutOptions,
  type HandoutSide,
  type HandoutStatement,
  handoutData,
  type StatementLine,
} from "./handoutData";

/**
 * The handout as one HTML file with its style inside and nothing outside; every text is escaped. It prints
 * handoutData's lines as they are: the quotation marks are set there, never here.
 */

const STYLE = `body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;margin:2rem auto;max-width:80rem;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem;margin-top:1.6rem}h4{font-size:.95rem;margin:1rem 0 .3rem}
.matrix{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{border:1px solid #b8c0cc;padding:.4rem .5rem;vertical-align:top;text-align:left;hyphens:auto}
thead th{background:#eef1f5}tbody th{font-weight:600;width:18%}
.stance{font-weight:600;white-space:nowrap}.symbol{display:inline-block;width:1.1em;text-align:center}
.pro{background:#e3f4e6}.contra{background:#fbe4e2}.mixed{background:#fdf1d8}.none{background:#f1f2f4}.absent{color:#6b7380;font-style:italic}
p{margin:.2rem 0}ul,ol{padding-left:1.4rem}li{margin:.35rem 0}
.statement{margin:.3rem 0 .3rem .2rem;padding-left:.6rem;border-left:2px solid #d5dae2}
.quote,.implicit,.missing{color:#4a5565;font-size:.93em}.quote,.implicit{font-style:italic}
.relation{font-style:italic}.note{color:#4a5565}ol.links>li{margin:.9rem 0;padding-bottom:.6rem;border-bottom:1px solid #d5dae2}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.key{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1.5rem;align-items:baseline}.key dt,.key dd{margin:0}.key .cell{display:inline-block;padding:0 .4rem;border:1px solid #b8c0cc}
@media print{body{margin:0;max-width:none}table{font-size:12px}}
@media (max-width:40rem){.sides{grid-template-columns:1fr}}`;

export function handoutHtml(file: CrossAuthorFile, maps: HandoutMaps, options: HandoutOptions = {}): string {
  const data = handoutData(file, maps, options);
  const { labels } = data;
  const parts: string[] = [`<h2>${e(labels.opEds)}</h2>`, "<ul>"];
  for (const opEd of data.opEds) parts.push(`<li><strong>${e(opEd.label)}</strong>${opEd.about ? ` — ${e(opEd.about)}` : ""}</li>`);
  parts.push("</ul>", `<h2>${e(labels.matrix)}</h2>`);
  if (data.issues.length === 0) parts.push(`<p>${e(labels.noIssues)}</p>`);
  else parts.push(...matrix(data), ...issues(data));
  parts.push(...links(data), ...key(data));
  return `<!doctype html>
<html lang="${data.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Argumap">
<title>${e(data.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<h1>${e(data.title)}</h1>
${parts.join("\n")}
</body>
</html>
`;
}

const symbol = (c: { symbol: string }) => `<span class="symbol" aria-hidden="true">${e(c.symbol)}</span>`;

function stanceText(c: HandoutCell): string {
  if (c.stance === "absent") return `<span class="absent">${symbol(c)} ${e(c.word)}</span>`;
  return `<span class="stance">${symbol(c)} ${e(c.word)}${c.summary ? ":" : ""}</span>${c.summary ? ` ${e(c.summary)}` : ""}`;
}

function matrix(data: HandoutData): string[] {
  const head = data.opEds.map((o) => `<th scope="col">${e(o.label)}</th>`).join("");
  const rows = data.issues.map((issue) => {
    const cells = issue.cells.map((c) => `<td class="${c.stance}">${stanceText(c)}</td>`).join("");
    return `<tr><th scope="row">${issue.number}. ${e(issue.question)}</th>${cells}</tr>`;
  });
  return [
    // A table wider than a narrow screen scrolls in its own box, not the page.
    '<div class="matrix">',
    "<table>",
    `<thead><tr><th scope="col">${e(data.labels.issue)}</th>${head}</tr></thead>`,
    "<tbody>",
    ...rows,
    "</tbody>",
    "</table>",
    "</div>",
  ];
}

function issues(data: HandoutData): string[] {
  const parts = [`<h2>${e(data.labels.issues)}</h2>`];
  for (const issue of data.issues) {
    parts.push(`<h3>${issue.number}. ${e(issue.question)}</h3>`);
    if (issue.note) parts.push(`<p class="note">${e(issue.note)}</p>`);
    parts.push("<ul>");
    for (const c of issue.cells) {
      const note = c.note ? `<p class="note"><strong>${e(data.labels.note)}:</strong> ${e(c.note)}</p>` : "";
      parts.push(`<li><p><strong>${e(c.opEd)}:</strong> ${stanceText(c)}</p>${c.statements.map(statement).join("")}${note}</li>`);
    }
    parts.push("</ul>");
  }
  return parts;
}

function links(data: HandoutData): string[] {
  const parts = [`<h2>${e(data.labels.links)}</h2>`];
  if (data.links.length === 0) return [...parts, `<p>${e(data.labels.noLinks)}</p>`];
  parts.push('<ol class="links">');
  const side = (s: HandoutSide) => `<div><strong>${e(s.opEd)}:</strong>${statement(s)}</div>`;
  for (const link of data.links) {
    const relation = `<span class="relation">${e(data.labels.relations[link.relation])}</span>`;
    const note = link.note ? `<p class="note"><strong>${e(data.labels.note)}:</strong> ${e(link.note)}</p>` : "";
    parts.push(
      `<li><p><strong>${e(link.from.opEd)}</strong> ${relation} <strong>${e(link.to.opEd)}</strong></p>` +
        `<div class="sides">${side(link.from)}${side(link.to)}</div>${note}</li>`,
    );
  }
  parts.push("</ol>");
  return parts;
}

function key(data: HandoutData): string[] {
  const { key } = data;
  const parts = [`<h2>${e(key.title)}</h2>`, `<h4>${e(key.statements.heading)}</h4>`, '<dl class="key">'];
  for (const entry of key.statements.entries) parts.push(`<dt>${line(entry.sample)}</dt><dd>${e(entry.meaning)}</dd>`);
  parts.push("</dl>", `<h4>${e(key.stances.heading)}</h4>`, '<dl class="key">');
  for (const entry of key.stances.entries) {
    const word = entry.stance === "absent" ? e(entry.word) : `<span class="stance">${e(entry.word)}</span>`;
    parts.push(`<dt><span class="cell ${entry.stance}">${symbol(entry)} ${word}</span></dt><dd>${e(entry.meaning)}</dd>`);
  }
  parts.push("</dl>", `<h4>${e(key.relations.heading)}</h4>`, '<dl class="key">');
  for (const entry of key.relations.entries)
    parts.push(`<dt><span class="relation">${e(entry.word)}</span></dt><dd>${e(entry.meaning)}</dd>`);
  parts.push("</dl>");
  return parts;
}

function statement(s: HandoutStatement): string {
  return `<div class="statement">${s.lines.map(line).join("")}</div>`;
}

function line(l: StatementLine): string {
  return `<p class="${l.kind}">${l.lead ? `<span class="lead">${e(l.lead)}</span>` : ""}${e(l.text)}</p>`;
}
