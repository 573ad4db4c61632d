import type { ArgumentMap, Inference, Statement } from "../../model/map";
import { type ExportLanguage, exportLanguage } from "../export/labels";
import type { ConversionReport, ExportResult } from "../report";
import { ADDED_CONCLUSION } from "./conclusions";
import { argdownData, argdownTag, argdownText, yamlString } from "./syntax";

/**
 * The map as Argdown. Statements are `[s1]: text`, with tags and `{speaker, note, central}` data. An inference
 * with one premise is a relation under its target (`+ [s2]`, `- [s3]`). An inference with linked premises, or one
 * that another inference attacks or supports, is an argument `<i3>` with a premise–conclusion structure, so that
 * an undercut can point at it (`[s7]` `_> <i3>`).
 *
 * Argdown's arguments conclude in a statement, while an AIF-style attack concludes in nothing: an argument for an
 * attack, or for a relation to another inference, gets a conclusion of its own, titled with the inference id,
 * which carries the relation, worded in the map's language ("Not: …", "Niet: …"). The report lists them.
 */
export function exportArgdown(map: ArgumentMap): ExportResult {
  const report: ConversionReport = [];
  const statements = new Map(map.statements.map((s) => [s.id, s]));
  const targeted = new Set(map.inferences.map((i) => i.target));
  const asArgument = (i: Inference) => i.premises.length > 1 || targeted.has(i.id);
  const needsConclusion = (i: Inference) => asArgument(i) && (i.kind === "attack" || !statements.has(i.target));
  const language = exportLanguage(map);
  const blocks: string[] = [];

  const front = frontMatter(map);
  if (front) blocks.push(front);
  for (const s of map.statements) blocks.push(statementLine(s));

  const relations = map.inferences.filter((i) => !asArgument(i));
  for (const s of map.statements) {
    const incoming = relations.filter((i) => i.target === s.id);
    if (incoming.length === 0) continue;
    blocks.push([`[${s.id}]`, ...incoming.map((i) => `  ${i.kind === "support" ? "+" : "-"} [${i.premises[0]}]`)].join("\n"));
  }
  for (const i of relations.filter((r) => !statements.has(r.target))) {
    blocks.push(`[${i.premises[0]}]\n  ${outgoing(i, statements)} <${i.target}>`);
  }

  for (const i of map.inferences.filter(asArgument)) {
    const description = i.note ? `: ${argdownText(i.note)}` : "";
    const premises = i.premises.map((p, n) => `(${n + 1}) [${p}]`);
    const number = i.premises.length + 1;
    const conclusion = needsConclusion(i)
      ? `(${number}) [${i.id}]: ${argdownText(conclusionWording(i, statements, language))}\n    ${outgoing(i, statements)} ${reference(i.target, statements)}`
      : `(${number}) [${i.target}]`;
    blocks.push([`<${i.id}>${description}`, "", ...premises, "-----", conclusion].join("\n"));
  }

  const added = map.inferences.filter(needsConclusion).map((i) => i.id);
  if (added.length > 0) {
    report.push({
      code: "conclusion-added",
      message: `an Argdown argument needs a conclusion: ${added.length} attack(s) or relation(s) to an inference got a conclusion statement titled with their id`,
      ids: added,
    });
  }
  const silentNotes = relations.filter((i) => i.note).map((i) => i.id);
  if (silentNotes.length > 0) {
    report.push({
      code: "notes",
      message: `Argdown relations carry no text: the notes of ${silentNotes.length} inference(s) are not exported`,
      ids: silentNotes,
    });
  }
  report.push(...unexpressed(map));
  return { text: `${blocks.join("\n\n")}\n`, report };
}

function statementLine(s: Statement): string {
  const words = argdownText(s.text);
  const tags = (s.tags ?? []).map(argdownTag);
  const data = argdownData({ speaker: s.speaker, note: s.note, central: s.central });
  // A definition needs words; a statement without them is written as its bare title.
  const head = words ? `[${s.id}]: ${words}` : `[${s.id}]`;
  return [head, ...tags, data].filter(Boolean).join(" ");
}

function outgoing(i: Inference, statements: Map<string, Statement>): string {
  if (i.kind === "support") return "+>";
  return statements.has(i.target) ? "->" : "_>";
}

function reference(target: string, statements: Map<string, Statement>): string {
  return statements.has(target) ? `[${target}]` : `<${target}>`;
}

function conclusionWording(i: Inference, statements: Map<string, Statement>, language: ExportLanguage): string {
  const words = ADDED_CONCLUSION[language];
  const target = statements.get(i.target);
  if (target) return words.not(target.text);
  return i.kind === "attack" ? words.fails(i.target) : words.holds(i.target);
}

function frontMatter(map: ArgumentMap): string {
  const { title, author, outlet, date, language } = map.source;
  const fields = Object.entries({ title, author, outlet, date, language }).filter(([, v]) => v);
  if (fields.length === 0) return "";
  return ["===", ...fields.map(([k, v]) => `${k}: ${yamlString(v as string)}`), "==="].join("\n");
}

function unexpressed(map: ArgumentMap): ConversionReport {
  const report: ConversionReport = [];
  const anchored = map.statements.filter((s) => s.anchors.length > 0).length;
  if (anchored > 0) {
    report.push({
      code: "anchors",
      message: `Argdown has no place in a source text: the anchors of ${anchored} statement(s) are not exported`,
    });
  }
  const cut = map.statements.filter((s) => s.tags?.some((t) => t.includes(")"))).map((s) => s.id);
  if (cut.length > 0) report.push({ code: "tags", message: 'an Argdown tag cannot hold ")": left out of these tags', ids: cut });
  const empty = map.statements.filter((s) => !argdownText(s.text)).map((s) => s.id);
  if (empty.length > 0) report.push({ code: "empty", message: "statements without wording are written as their bare title", ids: empty });
  if (Object.keys(map.layout).length > 0) report.push({ code: "layout", message: "Argdown has no positions: the layout is not exported" });
  return report;
}
