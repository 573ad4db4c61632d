import { writeFile } from "node:fs/promises";
import path from "node:path";
import { type ArgumentMap, type CrossAuthorFile, reportLines } from "../../core";
import {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  type ExportedFile,
  type ExportOptions,
  exportHandout,
  exportMap,
  HANDOUT_FORMAT_NAMES,
  HANDOUT_FORMATS,
  isExportFormat,
  isHandoutFormat,
} from "../../workspace/export";
import { type CliIo, type Command, EXIT } from "../command";
import { formatProblem, readArgumapFile, readMapFile, readSourceText } from "../files";
import { parseOptions } from "../options";

const USAGE = "usage: argumap export MAP|WORKSPACE_FILE --format FORMAT [--out FILE] [options]";
const width = Math.max(...EXPORT_FORMAT_NAMES.map((f) => f.length));
/** The options of a map's drawings, which the handout does not have. */
const MAP_ONLY = ["--scale", "--greyscale", "--quotes", "--select", "--blank", "--no-answers"];

export const command: Command = {
  name: "export",
  summary: "write a map as a diagram, handout or exchange file: svg, png, pdf, html, md, dot, worksheet, argdown, aif",
  help: `${USAGE}

Write one map (NAME.argmap.json) in another format. The map's source text is read from beside it (the file
named in source.file) for the formats that show the text (html); the others do not need it. A map whose
statements have no positions yet is laid out first, the way the app lays it out.

Formats:
${EXPORT_FORMAT_NAMES.map((f) => `  ${f.padEnd(width)}  ${EXPORT_FORMATS[f].summary}`).join("\n")}

Given the cross-author file (workspace.argmap.json) instead of a map, export writes the workspace's handout
for a class: the issues matrix (who says what on each point of contention) and the links between the op-eds,
named after the workspace folder (NAME.handout.pdf). The maps it lists are read from beside it. Formats:
${HANDOUT_FORMAT_NAMES.map((f) => `  ${f.padEnd(width)}  ${HANDOUT_FORMATS[f].summary}`).join("\n")}

Options:
  --format FORMAT    one of the formats above (required)
  --out FILE         where to write; default: beside the map, named after its text
                     (NAME.svg, NAME@2x.png, NAME.werkblad.html for a Dutch worksheet, ...)
  --scale 1|2        png: 1 for the screen (default), 2 for slides and print
  --page a4|letter   pdf and the handout's pdf: the page size (default a4)
  --landscape        pdf and the handout's pdf: landscape pages
  --portrait         pdf and the handout's pdf: portrait pages. Without either, a map's pdf takes the
                     orientation that needs fewer pages (or prints larger); the handout's is portrait.
                     A map too large to read on one page prints as an overview and then numbered parts.
  --greyscale        svg, png, pdf, html, dot: for black-and-white printing, roles told apart by dash pattern
  --quotes           svg, png, pdf: each statement's quoted words under its wording
  --select s1,s2     svg, png, pdf, html, dot: only these statements and the inferences among them
  --blank s3,s7      worksheet: the statements to leave blank (default: about a third, chosen for you)
  --no-answers       worksheet: without the answer key (the students' copy)

The path of the file written goes to stdout; progress, warnings and what a format could not express go to
stderr.

Exit codes:
  0  written
  1  the map could not be read: malformed JSON or not a valid map (file:line:column: message on stderr)
  2  usage error: no MAP or no --format, an unknown format (the known ones are listed) or option, a bad
     --scale or --page, --landscape with --portrait, a --select or --blank naming statements the map does not have, a MAP that does not exist,
     a map format or a map's option (--scale, --greyscale, --quotes, --select, --blank, --no-answers) for the
     handout
  3  the file could not be written
`,
  async run(args, io) {
    const fail = (message: string) => {
      io.stderr(`argumap export: ${message}\n${USAGE}\n`);
      return EXIT.usage;
    };
    const parsed = parseOptions(args, {
      flags: ["--landscape", "--portrait", "--greyscale", "--quotes", "--no-answers"],
      values: ["--format", "--out", "--scale", "--page", "--select", "--blank"],
    });
    if (!parsed.ok) return fail(parsed.message);
    const [mapFile, ...extra] = parsed.positionals;
    if (!mapFile) return fail("give the map file to export");
    if (extra.length > 0) return fail(`one map at a time (also given: ${extra.join(" ")})`);
    const format = parsed.values.get("--format");
    if (!format) return fail(`give --format, one of: ${EXPORT_FORMAT_NAMES.join(", ")}`);
    if (!isExportFormat(format) && !isHandoutFormat(format))
      return fail(`unknown format "${format}"; the formats are: ${EXPORT_FORMAT_NAMES.join(", ")}`);
    const options = exportOptions(parsed.flags, parsed.values);
    if (typeof options === "string") return fail(options);

    const read = await readArgumapFile(mapFile, io.cwd);
    if (!read.ok) {
      if (read.missing) return fail(`${mapFile}: no such file`);
      for (const problem of read.problems) io.stderr(`${formatProblem(problem)}\n`);
      return EXIT.problems;
    }
    if (read.value.kind === "cross-author") {
      if (!isHandoutFormat(format))
        return fail(`${mapFile} is the cross-author file: it exports as the handout, --format ${HANDOUT_FORMAT_NAMES.join(", ")}`);
      const mapOption = MAP_ONLY.find((o) => parsed.flags.has(o) || parsed.values.has(o));
      if (mapOption) return fail(`${mapOption} is an option of a map's export; the handout takes --page, --landscape and --out`);
      const maps = await mapsOf(mapFile, read.value.crossAuthor, io);
      const name = path.basename(path.dirname(path.resolve(io.cwd, mapFile)));
      if (format === "pdf") io.stderr("argumap export: rendering the handout PDF…\n");
      return write(await exportHandout(read.value.crossAuthor, maps, format, name, options), mapFile, parsed.values, io);
    }
    if (!isExportFormat(format)) return fail(`unknown format "${format}"; the formats are: ${EXPORT_FORMAT_NAMES.join(", ")}`);
    const { map } = read.value;
    const known = new Set(map.statements.map((s) => s.id));
    for (const [option, ids] of [
      ["--select", options.selection ?? []],
      ["--blank", options.blank === "auto" ? [] : (options.blank ?? [])],
    ] as const) {
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) return fail(`${option}: the map has no statement ${unknown.join(", ")}`);
    }
    const source = await readSourceText(mapFile, map, io.cwd);
    if (!source && format === "html") {
      io.stderr(`argumap export: warning: the text "${map.source.file}" is not beside the map; the viewer shows the map only\n`);
    }
    if (map.statements.some((s) => !map.layout[s.id]) && EXPORT_FORMATS[format].drawing) {
      io.stderr(`argumap export: laying out ${map.statements.length} statements…\n`);
    }
    if (format === "png" || format === "pdf") io.stderr(`argumap export: rendering ${format.toUpperCase()}…\n`);
    const file = await exportMap(map, source?.text ?? "", format, options);
    for (const line of reportLines(file.report)) io.stderr(`argumap export: ${format} cannot express: ${line}\n`);
    return write(file, mapFile, parsed.values, io);
  },
};

/** Write the file where --out says, else beside what it was made from; its path goes to stdout. */
async function write(file: ExportedFile, from: string, values: ReadonlyMap<string, string>, io: CliIo): Promise<number> {
  const out = values.get("--out") ?? path.join(path.dirname(from), file.fileName);
  try {
    await writeFile(path.resolve(io.cwd, out), file.data);
  } catch (error) {
    io.stderr(`argumap export: cannot write ${out}: ${(error as { code?: string }).code ?? String(error)}\n`);
    return EXIT.failed;
  }
  io.stdout(`${out}\n`);
  return EXIT.ok;
}

/**
 * The maps the cross-author file lists, read from beside it. One that cannot be read is left out with a warning:
 * the handout still prints, its statements marked "statement not found".
 */
async function mapsOf(crossFile: string, crossAuthor: CrossAuthorFile, io: CliIo): Promise<Record<string, ArgumentMap>> {
  const maps: Record<string, ArgumentMap> = {};
  for (const entry of crossAuthor.maps) {
    const read = await readMapFile(path.join(path.dirname(crossFile), entry.file), io.cwd);
    if (read.ok) maps[entry.id] = read.value.map;
    else
      io.stderr(
        `argumap export: warning: ${entry.file} ${read.missing ? "is not there" : "is not a valid map"}; the handout marks its statements as not found\n`,
      );
  }
  return maps;
}

/** The export options from the command line, or why they are wrong. */
function exportOptions(flags: ReadonlySet<string>, values: ReadonlyMap<string, string>): ExportOptions | string {
  if (flags.has("--landscape") && flags.has("--portrait")) return "--landscape or --portrait, not both";
  const options: ExportOptions = {
    // Neither flag: no orientation chosen, so a map's PDF picks the one that suits the map.
    landscape: flags.has("--landscape") ? true : flags.has("--portrait") ? false : undefined,
    greyscale: flags.has("--greyscale"),
    quotes: flags.has("--quotes"),
    answerKey: !flags.has("--no-answers"),
  };
  const scale = values.get("--scale");
  if (scale !== undefined) {
    if (scale !== "1" && scale !== "2") return `--scale is 1 or 2, not "${scale}"`;
    options.scale = Number(scale);
  }
  const page = values.get("--page")?.toLowerCase();
  if (page !== undefined) {
    if (page !== "a4" && page !== "letter") return `--page is a4 or letter, not "${page}"`;
    options.page = page;
  }
  const list = (name: string) =>
    values
      .get(name)
      ?.split(",")
      .map((id) => id.trim())
      .filter(Boolean);
  const selection = list("--select");
  if (selection) {
    if (selection.length === 0) return "--select needs statement ids, e.g. --select s1,s2";
    options.selection = selection;
  }
  const blank = list("--blank");
  if (blank) options.blank = blank;
  return options;
}
