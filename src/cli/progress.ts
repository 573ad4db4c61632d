import type { CliIo } from "./command";

/** Batches of more than a few files report each file on stderr, so a long run shows it is alive; stdout stays clean. */
const QUIET_UP_TO = 5;

export function progressFor(io: CliIo, verb: string, total: number): (index: number, file: string) => void {
  if (total <= QUIET_UP_TO) return () => {};
  return (index, file) => io.stderr(`${verb} ${index + 1}/${total}: ${file}\n`);
}
