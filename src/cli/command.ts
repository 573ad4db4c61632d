/** What every command of the `argumap` command line is, and what it may use of the process around it. */

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Relative paths on the command line are relative to this folder. */
  cwd: string;
  /** Settles on SIGINT/SIGTERM; only long-running commands (serve) wait on it. */
  untilStopped(): Promise<unknown>;
}

export interface Command {
  name: string;
  /** One line for `argumap --help`. */
  summary: string;
  /** The whole text of `argumap NAME --help`. */
  help: string;
  /** Returns the exit code (see EXIT). `--help` is handled before run is called. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Exit codes of every command, listed in `argumap --help`. */
export const EXIT = {
  ok: 0,
  /** The files were read and something is wrong with them (validate), or some could not be read (stats). */
  problems: 1,
  /** The command was called wrong: unknown command or option, missing argument, a path that does not exist. */
  usage: 2,
  /** Something unexpected failed (a bug, a disk error); the message says what. */
  failed: 3,
} as const;
