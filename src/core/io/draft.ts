import { findQuote, type QuoteSearch } from "../anchor/quote";
import { anchorAt } from "../anchor/select";
import { connect } from "../commands/connect";
import { addPremise } from "../commands/linkPremise";
import type { EditProblem } from "../commands/outcome";
import { emptyMap } from "../model/build";
import type { ArgumentMap, InferenceKind, Position, SourceInfo, Statement } from "../model/map";
import { validateMap } from "../schema/read";
import type { ConversionReport, ImportOptions, ImportResult } from "./report";

export type Linked = { ok: true; id: string } | { ok: false; problem: EditProblem };

/**
 * A map being imported. Statements get the `s<n>` ids in the order the importer adds them; inferences go through
 * core `connect` and `addPremise`, so an imported map obeys the same rules as one drawn by hand, and a structure
 * the model refuses (a premise that is its own conclusion, a duplicate) comes back as a problem to report.
 */
export class ImportDraft {
  readonly report: ConversionReport = [];
  private map: ArgumentMap;

  constructor(
    options: ImportOptions,
    readonly text: string | undefined,
    source: Omit<SourceInfo, "file" | "sha256"> = {},
  ) {
    const info: SourceInfo = { file: options.textFile ?? `${options.mapId}.txt`, ...source };
    if (options.textSha256) info.sha256 = options.textSha256;
    this.map = emptyMap(options.mapId, info);
  }

  get statements(): readonly Statement[] {
    return this.map.statements;
  }

  addStatement(fields: Omit<Statement, "id">): string {
    const id = `s${this.map.statements.length + 1}`;
    const statement: Statement = { id, text: fields.text, anchors: fields.anchors };
    if (fields.speaker) statement.speaker = fields.speaker;
    if (fields.central) statement.central = true;
    if (fields.tags && fields.tags.length > 0) statement.tags = fields.tags;
    if (fields.note) statement.note = fields.note;
    this.map = { ...this.map, statements: [...this.map.statements, statement] };
    return id;
  }

  addInference(kind: InferenceKind, premises: string[], target: string, note?: string): Linked {
    const edit = connect(this.map, { kind, premises, target });
    if (!edit.ok) return { ok: false, problem: edit.problem };
    const id = edit.created[0] as string;
    this.map = note ? { ...edit.map, inferences: edit.map.inferences.map((i) => (i.id === id ? { ...i, note } : i)) } : edit.map;
    return { ok: true, id };
  }

  addPremise(inference: string, statement: string): Linked {
    const edit = addPremise(this.map, inference, statement);
    if (!edit.ok) return { ok: false, problem: edit.problem };
    this.map = edit.map;
    return { ok: true, id: inference };
  }

  /** The inferences whose premises include this statement. */
  inferencesFrom(statement: string): string[] {
    return this.map.inferences.filter((i) => i.premises.includes(statement)).map((i) => i.id);
  }

  place(id: string, position: Position): void {
    this.map = { ...this.map, layout: { ...this.map.layout, [id]: position } };
  }

  note(code: string, message: string, ids?: string[]): void {
    this.report.push(ids && ids.length > 0 ? { code, message, ids } : { code, message });
  }

  /**
   * Where a quote stands in the source text, by core `findQuote` (whitespace runs count as equal). The formats
   * list their segments in text order, so when a quote occurs more than once the first occurrence from `from` on
   * is meant.
   */
  find(quote: string, from = 0): QuoteSearch {
    if (this.text === undefined) return { ok: false, reason: "not-found", count: 0 };
    const whole = findQuote(this.text, quote);
    if (whole.ok || whole.reason === "not-found" || from === 0) return whole;
    const rest = findQuote(this.text.slice(from), quote);
    if (!rest.ok) return rest;
    return { ok: true, anchor: anchorAt(this.text, from + rest.anchor.start, from + rest.anchor.end) };
  }

  finish(): ImportResult {
    const problems = validateMap(this.map);
    const first = problems[0];
    if (first) return { ok: false, error: { code: "invalid", message: `the imported map is not valid: ${first.path}: ${first.message}` } };
    return { ok: true, map: this.map, report: this.report };
  }
}
