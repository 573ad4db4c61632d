import path from "node:path";
import { type ArgumentMap, type CrossAuthorFile, placeOf, placeOfPath, reanchor } from "../../core";
import { type CliIo, type Command, EXIT } from "../command";
import { crossAuthorRefProblems } from "../crossRefs";
import { collectFiles, type FileProblem, formatProblem, readArgumapFile, readMapFile, readSourceText } from "../files";

import { parseOptions } from "../options";
import { progressFor } from "../progress";

export const command: Command = {
  name: "validate",
  summary: "check maps and the cross-author file: format, references, anchors against their texts",
  help: `usage: argumap validate PATH...

Check map files (NAME.argmap.json) and the cross-author file (workspace.argmap.json). A PATH is a file or a
folder; folders are searched, below too, for *.argmap.json (hidden folders and node_modules are skipped).

Each problem is printed on stdout as one line, file:line:column: message, the way editors and CI link to it:
  - the file is not JSON, is not an Argumap file, is of a newer version, or breaks a rule of the format;
  - an anchor of a map no longer matches its source text (the text beside the map, source.file): it says
    whether the words moved (opening the map in Argumap re-anchors it) or are gone;
  - the source text of a map is missing;
  - a map listed in the cross-author file is missing or has another id, or a link or issue names a statement
    that its map does not have.
A count goes to stderr.

Exit codes:
  0  no problems
  1  problems found
  2  usage error: no PATH, an unknown option, or a PATH that does not exist (the others are still checked)
`,
  async run(args, io) {
    const options = parseOptions(args, {});
    if (!options.ok || options.positionals.length === 0) {
      io.stderr(
        `argumap validate: ${options.ok ? "give at least one file or folder" : options.message}\nusage: argumap validate PATH...\n`,
      );
      return EXIT.usage;
    }
    const { files, missing } = await collectFiles(options.positionals, io.cwd);
    for (const given of missing) io.stderr(`argumap validate: ${given}: no such file or folder\n`);
    const progress = progressFor(io, "validating", files.length);
    let problems = 0;
    for (const [index, file] of files.entries()) {
      progress(index, file);
      for (const problem of await problemsOf(file, io)) {
        io.stdout(`${formatProblem(problem)}\n`);
        problems++;
      }
    }
    io.stderr(`${files.length} ${files.length === 1 ? "file" : "files"} checked, ${problems} ${problems === 1 ? "problem" : "problems"}\n`);
    if (missing.length > 0) return EXIT.usage;
    return problems > 0 ? EXIT.problems : EXIT.ok;
  },
};

async function problemsOf(file: string, io: CliIo): Promise<FileProblem[]> {
  const read = await readArgumapFile(file, io.cwd);
  if (!read.ok) return read.problems;
  const value = read.value;
  if (value.kind === "map") return anchorProblems(file, value.json, value.map, io.cwd);
  return crossAuthorProblems(file, value.json, value.crossAuthor, io.cwd);
}

async function anchorProblems(file: string, json: string, map: ArgumentMap, cwd: string): Promise<FileProblem[]> {
  const source = await readSourceText(file, map, cwd);
  if (!source) {
    const at = placeOfPath(json, ["source", "file"]);
    return [{ file, ...at, message: `source text "${map.source.file}" not found beside the map` }];
  }
  const problems: FileProblem[] = [];
  map.statements.forEach((statement, i) => {
    statement.anchors.forEach((anchor, j) => {
      const found = reanchor(source.text, anchor);
      if (found.fate === "kept") return;
      const at = placeOfPath(json, ["statements", i, "anchors", j]);
      const where = placeOf(source.text, found.anchor.start);
      const message =
        found.fate === "lost"
          ? `statement ${statement.id}: stale anchor: "${shorten(anchor.exact)}" is no longer in ${map.source.file}`
          : `statement ${statement.id}: stale anchor: its words ${found.fate === "fuzzy" ? "changed slightly and " : ""}moved to ${map.source.file}:${where.line}:${where.column}; open the map in Argumap to re-anchor it`;
      problems.push({ file, ...at, message });
    });
  });
  return problems;
}

async function crossAuthorProblems(file: string, json: string, crossAuthor: CrossAuthorFile, cwd: string): Promise<FileProblem[]> {
  const maps = new Map<string, ArgumentMap | string>();
  for (const entry of crossAuthor.maps) {
    // Map files are listed relative to the workspace folder, where the cross-author file sits.
    const read = await readMapFile(path.join(path.dirname(file), entry.file), cwd);
    maps.set(entry.id, read.ok ? read.value.map : read.missing ? `${entry.file} not found` : `${entry.file} is not a valid map`);
  }
  return crossAuthorRefProblems(crossAuthor, maps).map((p) => ({ file, ...placeOfPath(json, p.path), message: p.message }));
}

function shorten(quote: string): string {
  const flat = quote.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
