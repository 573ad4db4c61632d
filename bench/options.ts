/** The benchmarks that can be chosen with --only. */
export const BENCHES = ["open", "heap", "type", "drag", "pan", "layout", "save", "export"] as const;
export type Bench = (typeof BENCHES)[number];

export interface BenchOptions {
  sizes: number[];
  only: ReadonlySet<Bench>;
  /** Cap of one layout; past it the figure is "timeout". */
  layoutTimeoutMs: number;
  /** Cap of one export (ours or Argdown's). */
  exportTimeoutMs: number;
  /** Cap of one open in the browser. */
  openTimeoutMs: number;
  /** How long a drag or a pan goes on at most (it also stops after its 60 moves). */
  gestureMs: number;
  /** A renderer built beforehand, instead of building the working tree's. */
  rendererDir?: string;
  /** Where the results go. */
  out: string;
}

export const USAGE = `usage: npm run bench -- [options]

Options:
  --sizes 200,2000,10000   map sizes in statements (default: 200,2000,10000)
  --only open,drag,...     only these benchmarks: ${BENCHES.join(", ")} (default: all)
  --layout-timeout SEC     cap of one layout (default 60)
  --export-timeout SEC     cap of one SVG export (default 120)
  --open-timeout SEC       cap of one open in the browser (default 180)
  --gesture SEC            longest drag or pan (default 6)
  --renderer DIR           use this built renderer instead of building the working tree's
  --out FILE               results file (default bench/results/latest.json)
  --help                   this text
`;

export function parseOptions(args: readonly string[], defaultOut: string): BenchOptions | { error: string } | "help" {
  const options: BenchOptions = {
    sizes: [200, 2000, 10000],
    only: new Set(BENCHES),
    layoutTimeoutMs: 60_000,
    exportTimeoutMs: 120_000,
    openTimeoutMs: 180_000,
    gestureMs: 6_000,
    out: defaultOut,
  };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = (args[i] as string).split("=", 2) as [string, string | undefined];
    if (flag === "--help" || flag === "-h") return "help";
    const value = inline ?? args[++i];
    if (value === undefined) return { error: `${flag} needs a value` };
    const seconds = () => {
      const n = Number(value);
      return Number.isFinite(n) && n > 0 ? n * 1000 : undefined;
    };
    switch (flag) {
      case "--sizes": {
        const sizes = value.split(",").map((s) => Number(s.replaceAll("_", "")));
        if (sizes.some((n) => !Number.isInteger(n) || n < 1)) return { error: `--sizes takes whole numbers, not "${value}"` };
        options.sizes = sizes;
        break;
      }
      case "--only": {
        const names = value.split(",");
        const unknown = names.filter((n) => !(BENCHES as readonly string[]).includes(n));
        if (unknown.length > 0) return { error: `unknown benchmark ${unknown.join(", ")}; known: ${BENCHES.join(", ")}` };
        options.only = new Set(names as Bench[]);
        break;
      }
      case "--layout-timeout":
      case "--export-timeout":
      case "--open-timeout":
      case "--gesture": {
        const ms = seconds();
        if (ms === undefined) return { error: `${flag} takes a number of seconds, not "${value}"` };
        if (flag === "--layout-timeout") options.layoutTimeoutMs = ms;
        else if (flag === "--export-timeout") options.exportTimeoutMs = ms;
        else if (flag === "--open-timeout") options.openTimeoutMs = ms;
        else options.gestureMs = ms;
        break;
      }
      case "--renderer":
        options.rendererDir = value;
        break;
      case "--out":
        options.out = value;
        break;
      default:
        return { error: `unknown option ${flag}` };
    }
  }
  return options;
}
