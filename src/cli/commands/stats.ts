import { type Command, EXIT } from "../command";
import { collectFiles, formatProblem, readArgumapFile, readSourceText } from "../files";
import { type MapStats, mapStats } from "../mapStats";
import { parseOptions } from "../options";
import { progressFor } from "../progress";
import { formatTable } from "../table";

export const command: Command = {
  name: "stats",
  summary: "count what each map holds: statements, inferences by kind, speakers, coverage of the text",
  help: `usage: argumap stats [--json] PATH...

For each map (a file, or the *.argmap.json in a folder and below; the cross-author file is skipped):
  statements   how many
  support      inferences that give a reason
  attack       attacks on a statement (counterclaims, rebuttals)
  undercut     attacks on an inference
  linked       inferences with several premises that only work together
  implicit     statements with no span in the text (premises the analyst added)
  speakers     the people the author quotes, by name (the author is not counted)
  coverage     share of the text's sentences that some span touches; "-" when the text is missing.
               Sentences: a single line break inside a paragraph counts as a space (texts copied from PDFs),
               then Intl.Segmenter (sentence granularity) for the map's source.language.
  unanswered   counterclaims the map leaves standing (not attacked, their inference not undercut),
               of all counterclaims

Options:
  --json   print a JSON array of the figures instead of the table

Exit codes:
  0  every map was read
  1  some file could not be read as a map (its problems go to stderr as file:line:column: message)
  2  usage error: no PATH, an unknown option, or a PATH that does not exist
`,
  async run(args, io) {
    const options = parseOptions(args, { flags: ["--json"] });
    if (!options.ok || options.positionals.length === 0) {
      io.stderr(
        `argumap stats: ${options.ok ? "give at least one file or folder" : options.message}\nusage: argumap stats [--json] PATH...\n`,
      );
      return EXIT.usage;
    }
    const { files, missing } = await collectFiles(options.positionals, io.cwd);
    for (const given of missing) io.stderr(`argumap stats: ${given}: no such file or folder\n`);
    const progress = progressFor(io, "counting", files.length);
    const all: MapStats[] = [];
    let unreadable = 0;
    for (const [index, file] of files.entries()) {
      progress(index, file);
      const read = await readArgumapFile(file, io.cwd);
      if (!read.ok) {
        for (const problem of read.problems) io.stderr(`${formatProblem(problem)}\n`);
        unreadable++;
        continue;
      }
      if (read.value.kind !== "map") continue;
      const source = await readSourceText(file, read.value.map, io.cwd);
      all.push(mapStats(file, read.value.map, source?.text));
    }
    io.stdout(options.flags.has("--json") ? `${JSON.stringify(all, null, 2)}\n` : statsTable(all));
    if (missing.length > 0) return EXIT.usage;
    return unreadable > 0 ? EXIT.problems : EXIT.ok;
  },
};

function statsTable(all: readonly MapStats[]): string {
  if (all.length === 0) return "no maps\n";
  const header = ["map", "statements", "support", "attack", "undercut", "linked", "implicit", "speakers", "coverage", "unanswered"];
  const rows = all.map((s) => [
    s.id,
    String(s.statements),
    String(s.inferences.support),
    String(s.inferences.attack),
    String(s.inferences.undercut),
    String(s.linked),
    String(s.implicit),
    String(s.speakers.count),
    s.coverage ? `${Math.round(s.coverage.share * 100)}% (${s.coverage.covered}/${s.coverage.sentences})` : "-",
    `${s.unanswered}/${s.counterclaims}`,
  ]);
  const speakers = all.filter((s) => s.speakers.count > 0).map((s) => `speakers in ${s.id}: ${s.speakers.names.join(", ")}`);
  return `${[formatTable(header, rows, (c) => c > 0), ...(speakers.length > 0 ? ["", ...speakers] : [])].join("\n")}\n`;
}
