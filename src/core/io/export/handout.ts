import { positionOf } from "../../crossAuthor/issues";
import type { ArgumentMap } from "../../model/map";
import type { CrossAuthorFile, IssuePosition, LinkRelation, MapEntry, Stance, StatementRef } from "../../model/workspace";
import { escapeXml } from "./escape";
import { bylineOf, type ExportLanguage, exportLanguage, titleOf } from "./labels";
import { inline } from "./markdown";

/**
 * The handout of a workspace for a class: the issues matrix (who says what on each point of contention) and
 * the list of links between the op-eds, as Markdown and as one self-contained HTML file. Pure: the app, the
 * command line and the tests share it.
 */

/** A symbol per stance, so the matrix never speaks by colour alone (and survives black-and-white print). */
export const STANCE_SYMBOLS: Readonly<Record<Stance, string>> = { pro: "+", contra: "−", mixed: "±", none: "○" };

/** The symbol of a cell where the op-ed takes no position at all. */
export const NO_POSITION_SYMBOL = "·";

interface HandoutLabels {
  title: string;
  opEds: string;
  matrix: string;
  issue: string;
  issues: string;
  links: string;
  noPosition: string;
  noIssues: string;
  noLinks: string;
  note: string;
  missing: string;
  stances: Record<Stance, string>;
  relations: Record<LinkRelation, string>;
}

const LABELS: Record<ExportLanguage, HandoutLabels> = {
  en: {
    title: "Points of contention: who says what",
    opEds: "The op-eds",
    matrix: "Matrix",
    issue: "Point of contention",
    issues: "The points of contention",
    links: "Links between the op-eds",
    noPosition: "takes no position",
    noIssues: "No points of contention yet.",
    noLinks: "No links yet.",
    note: "Note",
    missing: "statement not found",
    stances: { pro: "pro", contra: "contra", mixed: "mixed", none: "no position" },
    relations: { same: "says the same as", contradicts: "contradicts", attacks: "attacks", supports: "supports" },
  },
  nl: {
    title: "Strijdpunten: wie zegt wat",
    opEds: "De opiniestukken",
    matrix: "Matrix",
    issue: "Strijdpunt",
    issues: "De strijdpunten",
    links: "Verbanden tussen de opiniestukken",
    noPosition: "neemt geen standpunt in",
    noIssues: "Nog geen strijdpunten.",
    noLinks: "Nog geen verbanden.",
    note: "Notitie",
    missing: "uitspraak niet gevonden",
    stances: { pro: "voor", contra: "tegen", mixed: "gemengd", none: "geen standpunt" },
    relations: { same: "zegt hetzelfde als", contradicts: "spreekt tegen", attacks: "valt aan", supports: "steunt" },
  },
};

export interface HandoutOptions {
  /** The handout's language; by default the language of the first op-ed's text. */
  language?: ExportLanguage;
  /** A title instead of "Points of contention: who says what". */
  title?: string;
}

type Maps = Readonly<Record<string, ArgumentMap>>;

/** The short name of an op-ed in the matrix: the label the user gave, else its title, else its id. */
export function opEdLabel(entry: MapEntry, map: ArgumentMap | undefined): string {
  return entry.label?.trim() || (map ? titleOf(map) : entry.id);
}

function languageOf(file: CrossAuthorFile, maps: Maps, options: HandoutOptions): ExportLanguage {
  if (options.language) return options.language;
  const first = file.maps.map((m) => maps[m.id]).find((m) => m !== undefined);
  return first ? exportLanguage(first) : "en";
}

function statementText(maps: Maps, ref: StatementRef, labels: HandoutLabels): string {
  const found = maps[ref.map]?.statements.find((s) => s.id === ref.statement);
  return found ? found.text : `${ref.statement} (${labels.missing})`;
}

/** The summary worth printing beside the stance: none when it only repeats it ("geen standpunt"). */
function summaryOf(position: IssuePosition, labels: HandoutLabels): string {
  const summary = position.summary?.trim() ?? "";
  return summary.toLowerCase() === labels.stances[position.stance].toLowerCase() ? "" : summary;
}

function cellText(position: IssuePosition | undefined, labels: HandoutLabels): string {
  if (!position) return `${NO_POSITION_SYMBOL} ${labels.noPosition}`;
  const head = `${STANCE_SYMBOLS[position.stance]} ${labels.stances[position.stance]}`;
  const summary = summaryOf(position, labels);
  return summary ? `${head}: ${summary}` : head;
}

function labelOf(file: CrossAuthorFile, maps: Maps, mapId: string): string {
  const entry = file.maps.find((m) => m.id === mapId);
  return entry ? opEdLabel(entry, maps[mapId]) : mapId;
}

/** The handout as Markdown: a table for the matrix, then each issue with its positions, then the links. */
export function handoutMarkdown(file: CrossAuthorFile, maps: Maps, options: HandoutOptions = {}): string {
  const labels = LABELS[languageOf(file, maps, options)];
  const lines: string[] = [`# ${inline(options.title ?? labels.title)}`, "", `## ${labels.opEds}`, ""];
  for (const entry of file.maps) {
    const map = maps[entry.id];
    const about = map ? [titleOf(map), bylineOf(map)].filter((p) => p && p !== entry.label).join(" · ") : "";
    lines.push(`- **${inline(opEdLabel(entry, map))}**${about ? ` — ${inline(about)}` : ""}`);
  }
  lines.push("", `## ${labels.matrix}`, "");
  if (file.issues.length === 0) lines.push(labels.noIssues, "");
  else {
    lines.push(`| ${[labels.issue, ...file.maps.map((m) => opEdLabel(m, maps[m.id]))].map(inline).join(" | ")} |`);
    lines.push(`|${" --- |".repeat(file.maps.length + 1)}`);
    for (const issue of file.issues) {
      const cells = file.maps.map((m) => inline(cellText(positionOf(issue, m.id), labels)));
      lines.push(`| ${[inline(issue.question), ...cells].join(" | ")} |`);
    }
    lines.push("", `## ${labels.issues}`, "");
    file.issues.forEach((issue, n) => {
      lines.push(`### ${n + 1}. ${inline(issue.question)}`, "");
      if (issue.note) lines.push(inline(issue.note), "");
      for (const entry of file.maps) {
        const position = positionOf(issue, entry.id);
        lines.push(`- **${inline(opEdLabel(entry, maps[entry.id]))}:** ${inline(cellText(position, labels))}`);
        for (const id of position?.statements ?? []) {
          lines.push(`  - “${inline(statementText(maps, { map: entry.id, statement: id }, labels))}”`);
        }
        if (position?.note) lines.push(`  - *${labels.note}:* ${inline(position.note)}`);
      }
      lines.push("");
    });
  }
  lines.push(`## ${labels.links}`, "");
  if (file.links.length === 0) lines.push(labels.noLinks);
  for (const link of file.links) {
    const from = `**${inline(labelOf(file, maps, link.from.map))}:** “${inline(statementText(maps, link.from, labels))}”`;
    const to = `**${inline(labelOf(file, maps, link.to.map))}:** “${inline(statementText(maps, link.to, labels))}”`;
    lines.push(`- ${from} *${labels.relations[link.relation]}* ${to}`);
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
export function handoutHtml(file: CrossAuthorFile, maps: Maps, options: HandoutOptions = {}): string {
  const language = languageOf(file, maps, options);
  const labels = LABELS[language];
  const e = escapeXml;
  const title = options.title ?? labels.title;
  const cell = (position: IssuePosition | undefined): string => {
    if (!position)
      return `<td class="absent"><span class="symbol" aria-hidden="true">${NO_POSITION_SYMBOL}</span> ${e(labels.noPosition)}</td>`;
    const summary = summaryOf(position, labels);
    const stance = `<span class="symbol" aria-hidden="true">${e(STANCE_SYMBOLS[position.stance])}</span> ${e(labels.stances[position.stance])}`;
    return `<td class="${position.stance}"><span class="stance">${stance}${summary ? ":" : ""}</span>${summary ? ` ${e(summary)}` : ""}</td>`;
  };
  const parts: string[] = [];
  parts.push(`<h2>${e(labels.opEds)}</h2>`, "<ul>");
  for (const entry of file.maps) {
    const map = maps[entry.id];
    const about = map ? [titleOf(map), bylineOf(map)].filter((p) => p && p !== entry.label).join(" · ") : "";
    parts.push(`<li><strong>${e(opEdLabel(entry, map))}</strong>${about ? ` — ${e(about)}` : ""}</li>`);
  }
  parts.push("</ul>", `<h2>${e(labels.matrix)}</h2>`);
  if (file.issues.length === 0) parts.push(`<p>${e(labels.noIssues)}</p>`);
  else {
    const head = file.maps.map((m) => `<th scope="col">${e(opEdLabel(m, maps[m.id]))}</th>`).join("");
    parts.push(`<table>`, `<thead><tr><th scope="col">${e(labels.issue)}</th>${head}</tr></thead>`, "<tbody>");
    for (const issue of file.issues) {
      parts.push(`<tr><th scope="row">${e(issue.question)}</th>${file.maps.map((m) => cell(positionOf(issue, m.id))).join("")}</tr>`);
    }
    parts.push("</tbody>", "</table>", `<h2>${e(labels.issues)}</h2>`);
    file.issues.forEach((issue, n) => {
      parts.push(`<h3>${n + 1}. ${e(issue.question)}</h3>`);
      if (issue.note) parts.push(`<p class="note">${e(issue.note)}</p>`);
      parts.push("<ul>");
      for (const entry of file.maps) {
        const position = positionOf(issue, entry.id);
        const quotes = (position?.statements ?? [])
          .map((id) => `<blockquote>“${e(statementText(maps, { map: entry.id, statement: id }, labels))}”</blockquote>`)
          .join("");
        const note = position?.note ? `<p class="note">${e(labels.note)}: ${e(position.note)}</p>` : "";
        parts.push(`<li><strong>${e(opEdLabel(entry, maps[entry.id]))}:</strong> ${e(cellText(position, labels))}${quotes}${note}</li>`);
      }
      parts.push("</ul>");
    });
  }
  parts.push(`<h2>${e(labels.links)}</h2>`);
  if (file.links.length === 0) parts.push(`<p>${e(labels.noLinks)}</p>`);
  else {
    parts.push("<ul>");
    for (const link of file.links) {
      const side = (ref: StatementRef) => `<strong>${e(labelOf(file, maps, ref.map))}:</strong> “${e(statementText(maps, ref, labels))}”`;
      const note = link.note ? `<p class="note">${e(link.note)}</p>` : "";
      parts.push(`<li>${side(link.from)} <span class="relation">${e(labels.relations[link.relation])}</span> ${side(link.to)}${note}</li>`);
    }
    parts.push("</ul>");
  }
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
