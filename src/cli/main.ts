/** The `argumap` command line; bin/argumap.mjs starts it. The commands live in commands/, the dispatch in cli.ts. */
import { runCli } from "./cli";

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  untilStopped: () =>
    new Promise<NodeJS.Signals>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    }),
});
