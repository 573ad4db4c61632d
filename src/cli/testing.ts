import { runCli } from "./cli";
import { type CliIo, EXIT } from "./command";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the command line in this process, with stdout and stderr captured and relative paths taken from cwd. */
export async function runCaptured(argv: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    untilStopped: () => Promise.resolve(),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

export { EXIT };
