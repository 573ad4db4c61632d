/**
 * Web mode from the command line: `tsx src/server/main.ts [FOLDER] [--port N]` (FOLDER default: maps).
 * Prints exactly one line, `Argumap web: http://127.0.0.1:PORT/#token=TOKEN`, and stops on SIGINT/SIGTERM.
 */
import { serve } from "./serve";

process.exitCode = await serve(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  untilStopped: () =>
    new Promise<NodeJS.Signals>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    }),
  cwd: process.cwd(),
});
