import { createHash } from "node:crypto";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { guessFormat, IMPORT_FORMATS, type ImportFormat, importAs, reportLines, serializeMap, slugOf } from "../../core";
import { type CliIo, type Command, EXIT } from "../command";
import { parseOptions } from "../options";

const USAGE = "usage: argumap import FILE --out MAP [--text SOURCE] [--format aif|argdown|microtext|argumap] [--force]";

export const command: Command = {
  name: "import",
  summary: "make a map from AIF JSON, Argdown, a Potsdam microtext or an older Argumap map",
  help: `${USAGE}

Read FILE in one of the formats of the field and write it as an Argumap map (MAP, e.g. NAME.argmap.json):
  aif        AIF JSON as AIFdb serves it ({nodes, edges, locutions}) or as OVA3 saves it ({AIF, OVA, text})
  argdown    Argdown, read by the Argdown project's own parser
  microtext  a Potsdam argumentative microtext (arggraph XML, micro_*.xml)
  argumap    an Argumap map of an older version, brought up to the current one
Without --format the format is told from FILE's name and first characters.

Statements are anchored in the source text where their words are found: --text SOURCE, or else NAME.txt
beside FILE when there is one. The map records that text's name (relative to MAP) and its SHA-256, and takes
its id from FILE's name. Positions are kept where FILE has them (OVA3); Argumap lays out the rest.

What the format says and a map cannot (or what was changed on the way) is listed on stderr, one line each.

Options:
  --out MAP      the map file to write; an existing file is left alone unless --force is given
  --text SOURCE  the source text the statements quote
  --format F     aif, argdown, microtext or argumap
  --force        overwrite MAP

Exit codes:
  0  the map was written
  1  FILE could not be converted; the message says where (FILE:line:column)
  2  usage error: no FILE or --out, an unknown option or format, a file that does not exist, MAP exists
`,
  async run(args, io) {
    const options = parseOptions(args, { flags: ["--force"], values: ["--out", "--text", "--format"] });
    if (!options.ok) return usageError(io, options.message);
    const [file, ...extra] = options.positionals;
    const out = options.values.get("--out");
    if (!file || extra.length > 0)
      return usageError(io, file ? `one FILE at a time, not ${options.positionals.length}` : "give the FILE to import");
    if (!out) return usageError(io, "give the map to write with --out MAP");
    const given = options.values.get("--format");
    if (given !== undefined && !IMPORT_FORMATS.includes(given as ImportFormat)) {
      return usageError(io, `unknown format "${given}": use ${IMPORT_FORMATS.join(", ")}`);
    }

    const input = await readText(file, io);
    if (!input.ok) return usageError(io, `${file}: ${input.why}`);
    const content = input.text;
    const format = (given as ImportFormat | undefined) ?? guessFormat(file, content);
    if (!format) return usageError(io, `${file}: cannot tell the format from its name or content; give --format`);

    const textPath = options.values.get("--text") ?? (format === "argumap" ? undefined : await besideText(file, io));
    const source = textPath === undefined ? undefined : await readText(textPath, io);
    if (source && !source.ok) return usageError(io, `${textPath}: ${source.why}`);
    const text = source?.ok ? source.text : undefined;
    if (textPath && !options.values.has("--text")) io.stderr(`${file}: anchoring in ${textPath}\n`);
    if (format === "argumap" && textPath) io.stderr(`${file}: an Argumap map keeps its own source; --text is not used\n`);

    const mapFolder = path.dirname(path.resolve(io.cwd, out));
    const result = importAs(format, content, {
      mapId: slugOf(path.basename(file)),
      text,
      // Without a text, the map names the one it expects beside it: NAME.txt for NAME.argmap.json.
      textFile: textPath
        ? path.relative(mapFolder, path.resolve(io.cwd, textPath)).split(path.sep).join("/")
        : `${path.basename(out).replace(/(\.argmap)?\.json$/, "")}.txt`,
      textSha256: text === undefined ? undefined : createHash("sha256").update(text).digest("hex"),
    });
    if (!result.ok) {
      const { line, column, message } = result.error;
      io.stderr(`${line ? `${file}:${line}:${column ?? 1}` : file}: ${message}\n`);
      return EXIT.problems;
    }
    for (const line of reportLines(result.report)) io.stderr(`${file}: ${line}\n`);

    const written = await writeMap(path.resolve(io.cwd, out), serializeMap(result.map), options.flags.has("--force"));
    if (written !== "written")
      return usageError(io, written === "exists" ? `${out} exists; give --force to overwrite it` : `${out}: ${written}`);
    const { statements, inferences } = result.map;
    io.stderr(`wrote ${out}: ${statements.length} statements, ${inferences.length} inferences (from ${format})\n`);
    return EXIT.ok;
  },
};

function usageError(io: CliIo, message: string): number {
  io.stderr(`argumap import: ${message}\n${USAGE}\n`);
  return EXIT.usage;
}

async function readText(file: string, io: CliIo): Promise<{ ok: true; text: string } | { ok: false; why: string }> {
  try {
    return { ok: true, text: await readFile(path.resolve(io.cwd, file), "utf8") };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") return { ok: false, why: "no such file" };
    if (code === "EISDIR") return { ok: false, why: "is a folder, not a file" };
    throw error;
  }
}

/** AIFdb downloads and the microtext corpus keep the text beside the file, under the same name. */
async function besideText(file: string, io: CliIo): Promise<string | undefined> {
  const candidate = path.join(path.dirname(file), `${path.basename(file).replace(/\.[^.]+$/, "")}.txt`);
  if (candidate === file) return undefined;
  return (await readText(candidate, io)).ok ? candidate : undefined;
}

/**
 * A new file is created with "wx", so an existing map is never touched without --force. With --force the map
 * goes to a temporary file beside it first and is renamed over the old one, so a failed write leaves it whole.
 */
async function writeMap(absolute: string, content: string, force: boolean): Promise<"written" | "exists" | string> {
  try {
    if (!force) {
      await writeFile(absolute, content, { flag: "wx" });
      return "written";
    }
    const temp = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.tmp`);
    try {
      await writeFile(temp, content, { flag: "w" });
      await rename(temp, absolute);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    return "written";
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "EEXIST") return "exists";
    if (code === "ENOENT") return "its folder does not exist";
    if (code === "EISDIR") return "is a folder";
    throw error;
  }
}
