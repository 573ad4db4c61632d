/** A small option parser: the commands take a few flags each, not worth a dependency. */

export interface OptionSpec {
  /** Flags without a value, e.g. "--json". */
  flags?: readonly string[];
  /** Options with a value, as "--port 8080" or "--port=8080". */
  values?: readonly string[];
}

export type ParsedOptions =
  | { ok: true; positionals: string[]; flags: Set<string>; values: Map<string, string> }
  | { ok: false; message: string };

export function parseOptions(args: readonly string[], spec: OptionSpec): ParsedOptions {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const [name = arg, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg];
    if (spec.flags?.includes(name) && inline === undefined) flags.add(name);
    else if (spec.values?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) return { ok: false, message: `${name} needs a value` };
      values.set(name, value);
    } else return { ok: false, message: `unknown option ${arg}` };
  }
  return { ok: true, positionals, flags, values };
}
