import {
  ArgdownApplication,
  DataPlugin,
  type IArgdownLogger,
  type IArgdownResponse,
  type IArgument,
  type IEquivalenceClass,
  type IRelation,
  ModelPlugin,
  ParserPlugin,
} from "@argdown/core";
import type { ImportError } from "../report";

/** The Argdown model of a text, as the Argdown project's own parser builds it (`argdown json` shows the same). */
export interface ArgdownModel {
  statements: Record<string, IEquivalenceClass>;
  arguments: Record<string, IArgument>;
  relations: IRelation[];
  /** The YAML front matter between `===` lines: title, author, date and the like. */
  frontMatter: Record<string, unknown>;
  /** What the parser logged as a warning: the document still parsed. */
  warnings: string[];
}

export type ArgdownRead = { ok: true; model: ArgdownModel } | { ok: false; error: ImportError };

/**
 * Parse Argdown with @argdown/core: the parser, then the data and model plugins, as the Argdown CLI does for
 * `argdown json`. Lexer and parser errors are refused with their line and column: Argdown would go on and leave
 * out what it could not read, and an import never drops anything silently.
 */
export function parseArgdown(input: string): ArgdownRead {
  const warnings: string[] = [];
  const logger: IArgdownLogger = {
    log: (level, message) => {
      if (level === "warning") warnings.push(message);
    },
    setLevel: () => undefined,
  };
  const app = new ArgdownApplication(logger);
  app.addPlugin(new ParserPlugin(), "parse-input");
  app.addPlugin(new DataPlugin(), "build-model");
  app.addPlugin(new ModelPlugin(), "build-model");
  let response: IArgdownResponse;
  try {
    response = app.run({
      input,
      process: ["parse-input", "build-model"],
      logLevel: "warning",
      throwExceptions: true,
      // Tags become the statement's tags, so "#tag" need not stay in its wording.
      model: { removeTagsFromText: true },
    });
  } catch (error) {
    return { ok: false, error: { code: "invalid", message: `Argdown: ${error instanceof Error ? error.message : String(error)}` } };
  }
  const lexing = response.lexerErrors?.[0];
  if (lexing)
    return { ok: false, error: { code: "syntax", message: `Argdown: ${lexing.message}`, line: lexing.line, column: lexing.column } };
  const parsing = response.parserErrors?.[0];
  if (parsing) {
    const token = parsing.token;
    const place = Number.isFinite(token.startLine) ? { line: token.startLine, column: token.startColumn } : {};
    return { ok: false, error: { code: "syntax", message: `Argdown: ${parsing.message}`, ...place } };
  }
  return {
    ok: true,
    model: {
      statements: response.statements ?? {},
      arguments: response.arguments ?? {},
      relations: response.relations ?? [],
      frontMatter: isRecord(response.frontMatter) ? response.frontMatter : {},
      warnings,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
