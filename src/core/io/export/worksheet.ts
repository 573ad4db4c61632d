import type { ArgumentMap } from "../../model/map";
import { escapeXml } from "./escape";
import { FONT_STACK } from "./font";
import { bylineOf, type ExportLabels, exportLanguage, labelsFor, titleOf } from "./labels";
import { buildOutline, claimsInOrder, type Outline, type OutlineArgument, type OutlineClaim } from "./outline";
import { COLOUR_PALETTE } from "./palette";

export interface WorksheetOptions {
  /** The statements to leave blank, or "auto": about a third, premises and rebuttals first, never the thesis. */
  blank: readonly string[] | "auto";
  /** The answer key on a page of its own at the end (default); left out for a copy to hand out. */
  answerKey?: boolean;
}

const BLANK = "______________________________";

/**
 * A printable exercise: the structure of the argument as an indented outline in which some statements are left
 * blank for students to fill in, each blank numbered, with what it does there (reason, objection…) shown so the
 * task is about the structure.
 * The answer key follows on a page of its own, unless left out for the students' copy. One HTML file with its
 * own style, nothing from outside.
 */
export function renderWorksheet(map: ArgumentMap, options: WorksheetOptions): string {
  const labels = labelsFor(map);
  const outline = buildOutline(map);
  const blanks = options.blank === "auto" ? chooseBlanks(outline) : options.blank.filter((id) => map.statements.some((s) => s.id === id));
  // Numbered in reading order, so the key reads in the order the students met the blanks.
  const numbers = new Map<string, number>();
  for (const c of claimsInOrder(outline)) {
    if (blanks.includes(c.statement.id) && !numbers.has(c.statement.id)) numbers.set(c.statement.id, numbers.size + 1);
  }
  const title = titleOf(map);
  const byline = bylineOf(map);
  const body: string[] = [];
  if (outline.thesis) body.push(`<ul class="outline">${claimItem(outline.thesis, undefined, labels, numbers)}</ul>`);
  if (outline.others.length > 0) {
    body.push(`<h2>${escapeXml(labels.otherStatements)}</h2>`);
    body.push(`<ul class="outline">${outline.others.map((c) => claimItem(c, undefined, labels, numbers)).join("")}</ul>`);
  }
  const key = [...numbers.entries()]
    .map(([id, n]) => `<li value="${n}">${escapeXml(map.statements.find((s) => s.id === id)?.text ?? "")}</li>`)
    .join("");
  return `<!doctype html>
<html lang="${exportLanguage(map)}">
<head>
<meta charset="utf-8">
<meta name="generator" content="Argumap">
<title>${escapeXml(`${labels.worksheet}: ${title}`)}</title>
<style>${WORKSHEET_CSS}</style>
</head>
<body>
<header>
<p class="kind">${escapeXml(labels.worksheet)}</p>
<h1>${escapeXml(title)}</h1>
${byline ? `<p class="byline">${escapeXml(byline)}</p>` : ""}
<p class="name">${escapeXml(labels.name)}: <span class="line"></span></p>
<p class="task">${escapeXml(labels.worksheetTask)}</p>
</header>
<main>
${body.join("\n")}
</main>
${
  options.answerKey === false
    ? ""
    : `<section class="answers">
<h2>${escapeXml(labels.answerKey)}</h2>
<ol>${key}</ol>
</section>
`
}</body>
</html>
`;
}

/**
 * About a third of the statements, spread over the outline: premises and rebuttals first (the parts students
 * learn to reconstruct), then counterclaims and the rest, never the central claim, which frames the exercise.
 */
export function chooseBlanks(outline: Outline): string[] {
  const order = [...new Set(claimsInOrder(outline).map((c) => c.statement.id))];
  const roleOf = new Map(claimsInOrder(outline).map((c) => [c.statement.id, c.role]));
  const candidates = order.filter((id) => roleOf.get(id) !== "thesis");
  const wanted = Math.min(candidates.length, Math.max(1, Math.round(order.length / 3)));
  const preferred = candidates.filter((id) => roleOf.get(id) === "premise" || roleOf.get(id) === "rebuttal");
  const rest = candidates.filter((id) => !preferred.includes(id));
  const picked = [...spread(preferred, wanted), ...spread(rest, wanted - Math.min(wanted, preferred.length))];
  return order.filter((id) => picked.includes(id));
}

/** `count` items evenly spaced through the list, so blanks do not bunch at the top. */
function spread<T>(list: readonly T[], count: number): T[] {
  if (count <= 0) return [];
  if (count >= list.length) return [...list];
  return Array.from({ length: count }, (_, k) => list[Math.floor(((k + 0.5) * list.length) / count)] as T);
}

function claimItem(
  c: OutlineClaim,
  relation: string | undefined,
  labels: ExportLabels,
  numbers: ReadonlyMap<string, number>,
  /** Items that belong under this claim beside its own arguments: the undercuts of the argument it makes. */
  extra = "",
  /** One of linked premises: the "together" line above says what they do. */
  member = false,
): string {
  // What a statement does in the argument is said once: under a claim by its relation there ("Reason:",
  // "Objection:"), at the top of a tree by its role. A statement's role is one for the whole map, so beside a
  // relation it could contradict it (a premise used elsewhere as an objection).
  const implicit = c.statement.anchors.length === 0;
  const atTop = relation === undefined && !member;
  const tag = atTop ? labels.roles[c.role] + (implicit ? ` · ${labels.implicit}` : "") : implicit ? labels.implicit : "";
  const badge = tag ? `<span class="role role-${atTop ? c.role : "implicit"}">${escapeXml(tag)}</span> ` : "";
  const speaker = c.statement.speaker?.trim() ? ` <span class="speaker">(${escapeXml(c.statement.speaker.trim())})</span>` : "";
  const n = numbers.get(c.statement.id);
  const words =
    n === undefined ? `<span class="words">${escapeXml(c.statement.text)}</span>` : `<span class="blank"><b>${n}.</b> ${BLANK}</span>`;
  const lead = relation ? `<span class="relation">${escapeXml(relation)}:</span> ` : "";
  const repeat = c.repeat ? ` <span class="repeat">(${escapeXml(labels.seeAbove)})</span>` : "";
  const children = c.arguments.map((a) => argumentItem(a, labels, numbers)).join("") + extra;
  return `<li>${lead}${badge}${words}${speaker}${repeat}${children ? `<ul>${children}</ul>` : ""}</li>`;
}

function argumentItem(a: OutlineArgument, labels: ExportLabels, numbers: ReadonlyMap<string, number>): string {
  const relation = labels.relations[a.relation];
  const undercuts = a.undercuts.map((u) => argumentItem(u, labels, numbers)).join("");
  const [only] = a.premises;
  if (a.premises.length === 1 && only) {
    return claimItem(only, relation, labels, numbers, undercuts);
  }
  const members = a.premises.map((p) => claimItem(p, undefined, labels, numbers, "", true)).join("");
  return `<li><span class="relation">${escapeXml(relation)} (${escapeXml(labels.together)}):</span><ul class="linked">${members}${undercuts}</ul></li>`;
}

const WORKSHEET_CSS = `
body { font-family: ${FONT_STACK}; color: #111; max-width: 46em; margin: 2em auto; padding: 0 1.5em; line-height: 1.55; }
header .kind { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: #555; margin: 0; }
h1 { font-size: 1.5rem; margin: 0.1em 0; }
.byline { color: #555; margin: 0 0 1em; }
.name .line { display: inline-block; width: 16em; border-bottom: 1px solid #111; }
.task { font-style: italic; }
ul.outline, ul.outline ul { list-style: none; padding-left: 1.6em; margin: 0.2em 0; }
ul.outline { padding-left: 0; }
ul.outline li { margin: 0.45em 0; }
ul.outline ul { border-left: 2px solid #ccc; }
ul.linked { border-left-style: double !important; border-left-width: 4px !important; }
.relation { font-weight: 700; }
.role { display: inline-block; font-size: 0.75rem; font-weight: 700; border: 1px solid currentColor; border-radius: 8px; padding: 0 6px; margin-right: 4px; }
${Object.entries(COLOUR_PALETTE.roles)
  .map(([role, style]) => `.role-${role} { color: ${style.stroke}; }`)
  .join("\n")}
.role-implicit { color: #555; border-style: dashed; }
.blank { white-space: nowrap; letter-spacing: 0.05em; }
.speaker, .repeat { color: #555; }
.answers { margin-top: 3em; border-top: 1px solid #ccc; }
.answers ol { padding-left: 1.6em; }
@media print {
  body { margin: 0; max-width: none; }
  .answers { break-before: page; border-top: 0; margin-top: 0; }
  h2 { break-after: avoid; }
}
`;
