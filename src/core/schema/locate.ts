import { findNodeAtLocation, type ParseError, parseTree, printParseErrorCode } from "jsonc-parser";

export interface TextPlace {
  line: number;
  column: number;
}

/** 1-based line and column of a UTF-16 offset, as editors and `file:line:column` show them. */
export function placeOf(text: string, offset: number): TextPlace {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where the value at a JSON path stands in the text; the nearest existing ancestor when the path is missing. */
export function placeOfPath(text: string, path: readonly PropertyKey[]): TextPlace {
  const tree = parseTree(text);
  if (!tree) return { line: 1, column: 1 };
  const segments = path.map((p) => (typeof p === "number" ? p : String(p)));
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (node) {
      // For an object property, point at its key rather than its value: that is where a reader looks.
      const target = node.parent?.type === "property" ? node.parent : node;
      return placeOf(text, target.offset);
    }
  }
  return { line: 1, column: 1 };
}

/** The first syntax error of a JSON text, or undefined when it parses. Strict JSON: no comments, no trailing commas. */
export function firstSyntaxError(text: string): { message: string; place: TextPlace } | undefined {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (!first) return undefined;
  return { message: describeParseError(printParseErrorCode(first.error)), place: placeOf(text, first.offset) };
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `invalid JSON: ${words}`;
}
