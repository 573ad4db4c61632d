import type { z } from "zod";
import type { ArgumentMap } from "../model/map";
import { MAP_FORMAT, MAP_VERSION } from "../model/map";
import type { CrossAuthorFile } from "../model/workspace";
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from "../model/workspace";
import { firstSyntaxError, placeOfPath } from "./locate";
import { mapSchema } from "./mapSchema";
import { crossAuthorMigrations, type Migration, mapMigrations } from "./migrations";
import type { Problem, ReadError, ReadErrorCode, ReadResult } from "./result";
import { crossAuthorSchema } from "./workspaceSchema";
import { mapFileText } from "./write";

interface FormatSpec<T> {
  format: string;
  version: number;
  label: string;
  schema: z.ZodType<T>;
  migrations: readonly Migration[];
}

const mapSpec: FormatSpec<ArgumentMap> = {
  format: MAP_FORMAT,
  version: MAP_VERSION,
  label: "Argumap map",
  schema: mapSchema as z.ZodType<ArgumentMap>,
  migrations: mapMigrations,
};

const crossAuthorSpec: FormatSpec<CrossAuthorFile> = {
  format: WORKSPACE_FORMAT,
  version: WORKSPACE_VERSION,
  label: "Argumap cross-author file",
  schema: crossAuthorSchema as z.ZodType<CrossAuthorFile>,
  migrations: crossAuthorMigrations,
};

/** Parse, migrate and validate a map file. Never throws: the result says what is wrong and where. */
export function readMap(text: string): ReadResult<ArgumentMap> {
  return readFormat(text, mapSpec);
}

export function readCrossAuthorFile(text: string): ReadResult<CrossAuthorFile> {
  return readFormat(text, crossAuthorSpec);
}

/** Validate an in-memory value (e.g. an imported map) with the same rules as a file. */
export function validateMap(map: unknown): Problem[] {
  const parsed = mapSchema.safeParse(map);
  if (parsed.success) return [];
  return problemsOf(parsed.error);
}

/** The problems of a map, or the file to write: one pass of the schema serves both, which a large map's save feels. */
export function checkedMapFile(map: ArgumentMap): { ok: true; content: string } | { ok: false; problems: Problem[] } {
  const parsed = mapSchema.safeParse(map);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  return { ok: true, content: mapFileText(parsed.data) };
}

function problemsOf(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ message: issue.message, path: pathText(issue.path), line: 0, column: 0 }));
}

function readFormat<T>(text: string, spec: FormatSpec<T>): ReadResult<T> {
  const raw = parseJson(text);
  if (raw === NOT_JSON) {
    // Only a broken file pays for the syntax tree that says where it breaks: on a large map it costs ten JSON.parses.
    const syntax = firstSyntaxError(text) ?? { message: "invalid JSON", place: { line: 1, column: 1 } };
    return failure("syntax", syntax.message, syntax.place.line, syntax.place.column);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return failure("wrong-format", `not an ${spec.label}: the file is not a JSON object`, 1, 1);
  }
  const record = raw as Record<string, unknown>;
  const version = record.version === undefined && record.format === undefined ? 0 : record.version;
  if (record.format !== undefined && record.format !== spec.format) {
    const at = placeOfPath(text, ["format"]);
    return failure(
      "wrong-format",
      `not an ${spec.label}: format is "${String(record.format)}", expected "${spec.format}"`,
      at.line,
      at.column,
    );
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    const at = placeOfPath(text, ["version"]);
    return failure("unknown-version", `version must be a whole number, found ${JSON.stringify(version)}`, at.line, at.column);
  }
  if (version > spec.version) {
    const at = placeOfPath(text, ["version"]);
    return failure(
      "newer-version",
      `this ${spec.label} is version ${version}, made by a newer Argumap; this one reads up to version ${spec.version}. Update Argumap to open it.`,
      at.line,
      at.column,
    );
  }
  let current = record;
  for (let v = version; v < spec.version; v++) {
    const step = spec.migrations.find((m) => m.from === v);
    if (!step) return failure("unknown-version", `no migration from version ${v} of the ${spec.label}`, 1, 1);
    current = step.up(current);
  }
  const parsed = spec.schema.safeParse(current);
  if (!parsed.success) {
    // After a migration the paths no longer match the text; point at the top then.
    const problems = parsed.error.issues.map((issue) => {
      const place = version === spec.version ? placeOfPath(text, issue.path) : { line: 1, column: 1 };
      return { message: issue.message, path: pathText(issue.path), ...place };
    });
    const first = problems[0] as Problem;
    return {
      ok: false,
      error: { code: "invalid", message: `${first.path}: ${first.message}`, line: first.line, column: first.column, problems },
    };
  }
  return version === spec.version ? { ok: true, value: parsed.data } : { ok: true, value: parsed.data, migratedFrom: version };
}

const NOT_JSON: unique symbol = Symbol("not JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

function failure(code: ReadErrorCode, message: string, line: number, column: number): { ok: false; error: ReadError } {
  return { ok: false, error: { code, message, line, column, problems: [{ message, line, column, path: "" }] } };
}

function pathText(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>((acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)), "") || "(file)"
  );
}
