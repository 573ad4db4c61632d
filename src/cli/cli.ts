import { type CliIo, type Command, EXIT } from "./command";
import * as table from "./commands";

/** Every command, by name, in the order `argumap --help` lists them. */
export const COMMANDS: readonly Command[] = Object.values(table).sort((a, b) => a.name.localeCompare(b.name));

export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `usage: argumap COMMAND [ARGS...]
       argumap COMMAND --help

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Exit codes (every command):
  ${EXIT.ok}  done, nothing wrong
  ${EXIT.problems}  done, and problems were found in the files (validate), or some could not be read
  ${EXIT.usage}  usage error: unknown command or option, missing argument, a path that does not exist
  ${EXIT.failed}  something unexpected failed; the message says what
`;
}

/** Run one command line (without the program name) and return its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || (name === "help" && args.length === 0)) {
    io.stdout(usage());
    return EXIT.ok;
  }
  if (name === "help") return runCli([args[0] as string, "--help"], io);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`argumap: unknown command "${name}". Run argumap --help for the list.\n`);
    return EXIT.usage;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.stderr(`argumap ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}
