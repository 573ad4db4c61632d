import { IArgument, IEquivalenceClass, isReconstructed } from "@argdown/core";
import type { SourceInfo } from "../../model/map";
import { ImportDraft } from "../draft";
import type { ImportOptions, ImportResult } from "../report";
import { argumentKey, type Context, foldedArguments } from "./context";
import { parseArgdown } from "./parseArgdown";
import { addRelations } from "./relations";
import { addArgumentSteps } from "./steps";

/**
 * Import Argdown with the Argdown project's own parser. Statements (equivalence classes) become statements; each
 * step of an argument's premise–conclusion structure becomes a support inference with linked premises; relations
 * become inferences: support (+), attack (-), undercut (_, an attack on the argument's inference), contradiction
 * (><, two attacks). An argument without premise–conclusion structure becomes a statement of its description.
 */
export function importArgdown(input: string, options: ImportOptions): ImportResult {
  const read = parseArgdown(input);
  if (!read.ok) return read;
  const model = read.model;
  const draft = new ImportDraft(options, options.text, sourceOf(model.frontMatter));
  const folded = foldedArguments(model);
  const context: Context = { model, draft, statementOf: new Map(), stepsOf: new Map(), folded, notFound: [] };
  addStatements(context);
  addArgumentSteps(context);
  addRelations(context);
  if (context.notFound.length > 0) {
    draft.note(
      "quote-not-found",
      `${context.notFound.length} statement(s) not found once in the source text: left without anchors`,
      context.notFound,
    );
  }
  for (const warning of model.warnings) draft.note("argdown-warning", warning);
  return draft.finish();
}

function addStatements({ model, draft, statementOf, folded, notFound }: Context): void {
  const add = (key: string, title: string, text: string | undefined, tags: string[] | undefined, data: unknown) => {
    const wording = text?.trim() || title;
    const fields = dataOf(data);
    const found = draft.text === undefined ? undefined : draft.find(wording);
    if (found && !found.ok) notFound.push(title);
    const central = fields.central && !draft.statements.some((s) => s.central);
    if (fields.central && !central) draft.note("central", `[${title}] is marked central, but another statement already is`, [title]);
    const id = draft.addStatement({ text: wording, anchors: found?.ok ? [found.anchor] : [], tags, ...fields, central });
    statementOf.set(key, id);
  };
  for (const ec of Object.values(model.statements)) {
    const title = ec.title as string;
    if (!folded.has(title)) add(title, title, IEquivalenceClass.getCanonicalMemberText(ec), ec.tags, ec.data);
  }
  const sketched = Object.values(model.arguments).filter((a) => !isReconstructed(a));
  for (const argument of sketched) {
    const title = argument.title as string;
    add(argumentKey(title), title, IArgument.getCanonicalMemberText(argument), argument.tags, argument.data);
  }
  if (sketched.length > 0) {
    draft.note(
      "argument-as-statement",
      `${sketched.length} argument(s) without premise–conclusion structure became statements of their description`,
      sketched.map((a) => argumentKey(a.title as string)),
    );
  }
}

/** The metadata Argumap writes in `{ … }` after a statement: who says it, a note, the central claim. */
function dataOf(data: unknown): { speaker?: string; note?: string; central?: boolean } {
  if (typeof data !== "object" || data === null) return {};
  const d = data as Record<string, unknown>;
  const fields: { speaker?: string; note?: string; central?: boolean } = {};
  if (typeof d.speaker === "string" && d.speaker.trim()) fields.speaker = d.speaker.trim();
  if (typeof d.note === "string" && d.note) fields.note = d.note;
  if (d.central === true) fields.central = true;
  return fields;
}

function sourceOf(front: Record<string, unknown>): Omit<SourceInfo, "file" | "sha256"> {
  const text = (value: unknown): string | undefined => {
    if (typeof value === "string" && value.trim()) return value.trim();
    if (Array.isArray(value)) return value.filter((v) => typeof v === "string").join(", ") || undefined;
    // YAML reads 2018-10-22 as a date.
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
    return undefined;
  };
  const source: Omit<SourceInfo, "file" | "sha256"> = {};
  for (const key of ["title", "author", "date", "outlet", "language"] as const) {
    const value = text(front[key]);
    if (value) source[key] = value;
  }
  return source;
}
