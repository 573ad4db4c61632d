import { stat } from "node:fs/promises";
import path from "node:path";
import { serveLine, startServer } from "./server";

/** What serving needs from its caller: where to print, and a promise that settles when it should stop. */
export interface ServeIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * Settles when serving should stop: on SIGINT/SIGTERM in a process, by hand in a test. A function, so that
   * only a command that waits installs the signal handlers (they replace Ctrl-C's default of ending the process).
   */
  untilStopped(): Promise<unknown>;
  cwd: string;
}

export const SERVE_USAGE = "[FOLDER] [--port N]";

export type ServeArgs = { ok: true; folder: string; port: number } | { ok: false; message: string };

/** FOLDER defaults to maps (the bundled workspace); port 0 = any free port. */
export function parseServeArgs(args: readonly string[]): ServeArgs {
  let folder: string | undefined;
  let port = 0;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = arg === "--port" ? args[++i] : arg.startsWith("--port=") ? arg.slice("--port=".length) : undefined;
    if (arg === "--port" || arg.startsWith("--port=")) {
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < 0 || n > 65535)
        return { ok: false, message: `--port needs a number from 0 to 65535` };
      port = n;
    } else if (arg.startsWith("-")) return { ok: false, message: `unknown option ${arg}` };
    else if (folder === undefined) folder = arg;
    else return { ok: false, message: `one folder only (got ${folder} and ${arg})` };
  }
  return { ok: true, folder: folder ?? "maps", port };
}

/** Start the server over FOLDER, print the one URL line, and stop cleanly when asked. Returns the exit code. */
export async function serve(args: readonly string[], io: ServeIo): Promise<number> {
  const parsed = parseServeArgs(args);
  if (!parsed.ok) {
    io.stderr(`${parsed.message}\nusage: ${SERVE_USAGE}\n`);
    return 2;
  }
  const root = path.resolve(io.cwd, parsed.folder);
  const isFolder = await stat(root).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) {
    io.stderr(`not a folder: ${root}\n`);
    return 2;
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ root, port: parsed.port });
  } catch (error) {
    io.stderr(`cannot start the server: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  io.stdout(`${serveLine(server)}\n`);
  await io.untilStopped();
  await server.close();
  return 0;
}
