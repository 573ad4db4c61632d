import { readMap } from "../schema/read";
import { importAif } from "./aif/importAif";
import { importArgdown } from "./argdown/importArgdown";
import { importMicrotext } from "./microtext/importMicrotext";
import type { ImportOptions, ImportResult } from "./report";

/** The formats of the field that Argumap reads, and Argumap's own older versions. */
export type ImportFormat = "aif" | "argdown" | "microtext" | "argumap";
export const IMPORT_FORMATS: readonly ImportFormat[] = ["aif", "argdown", "microtext", "argumap"];

/**
 * The format of a file by its name, and by its first characters where the name is not enough (`.json` is both
 * AIF and Argumap). Undefined when neither tells.
 */
export function guessFormat(fileName: string, content: string): ImportFormat | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith(".argmap.json")) return "argumap";
  if (name.endsWith(".argdown") || name.endsWith(".ad")) return "argdown";
  const start = content.trimStart();
  if (name.endsWith(".xml") || start.startsWith("<"))
    return /<arggraph[\s>]/.test(content) || name.endsWith(".xml") ? "microtext" : undefined;
  if (name.endsWith(".json") || start.startsWith("{")) {
    // Looked for in the text, not the parsed value, so that a file with a syntax error still gets its format and
    // the error its line and column.
    if (/"format"\s*:\s*"argumap"/.test(content)) return "argumap";
    if (/"(AIF|nodes)"\s*:/.test(content)) return "aif";
    if (/"statements"\s*:/.test(content)) return "argumap";
    return name.endsWith(".json") ? "aif" : undefined;
  }
  return undefined;
}

/** Import a file's content in the given format. An Argumap map is read (and migrated) as it is: it keeps its own id. */
export function importAs(format: ImportFormat, content: string, options: ImportOptions): ImportResult {
  switch (format) {
    case "aif":
      return importAif(content, options);
    case "argdown":
      return importArgdown(content, options);
    case "microtext":
      return importMicrotext(content, options);
    case "argumap":
      return importArgumap(content);
  }
}

function importArgumap(content: string): ImportResult {
  const read = readMap(content);
  if (!read.ok) {
    const { code, message, line, column } = read.error;
    return {
      ok: false,
      error: { code: code === "syntax" ? "syntax" : code === "invalid" ? "invalid" : "wrong-format", message, line, column },
    };
  }
  const report =
    read.migratedFrom === undefined
      ? []
      : [{ code: "migrated", message: `read a version-${read.migratedFrom} Argumap map and brought it up to the current version` }];
  return { ok: true, map: read.value, report };
}
