import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { exportArgdown } from "../src/core";
import type { Figure } from "./figures";
import { median, ratioOf } from "./figures";
import type { GeneratedDocument } from "./generate";

const ARGDOWN_CLI = path.join(import.meta.dirname, "..", "node_modules", "@argdown", "cli", "dist", "cli.js");

/**
 * SVG export from the command line: `argumap export MAP --format svg` against `argdown map FILE --format svg` on
 * the same map written as Argdown by the app's own exporter. Both are whole processes timed from start to exit
 * (each pays its start-up); medians of a few runs for small maps, one run for large ones.
 */
export async function measureExport(
  document: GeneratedDocument,
  workspace: string,
  cli: string,
  timeoutMs: number,
  report: (figure: Figure) => void,
): Promise<void> {
  const size = document.map.statements.length;
  const folder = path.join(workspace, "export");
  mkdirSync(folder, { recursive: true });
  const argdownFile = path.join(folder, document.mapFile.replace(/\.argmap\.json$/, ".argdown"));
  writeFileSync(argdownFile, exportArgdown(document.map).text);
  const runs = size <= 500 ? 3 : 1;
  const ours = await timeRuns(runs, timeoutMs, [
    cli,
    "export",
    path.join(workspace, document.mapFile),
    "--format",
    "svg",
    "--out",
    path.join(folder, "argumap.svg"),
  ]);
  const theirs = await timeRuns(runs, timeoutMs, [ARGDOWN_CLI, "map", argdownFile, path.join(folder, "argdown"), "--format", "svg"]);
  const figure = (name: string, run: Timed): Figure => ({
    name,
    size,
    value: run.value,
    unit: "ms",
    ...(run.why ? { note: run.why } : {}),
  });
  report(figure("export_svg_ms", ours));
  report(figure("export_svg_argdown_ms", theirs));
  report({ name: "export_svg_ratio", size, value: ratioOf(ours.value, theirs.value), unit: "ratio" });
}

interface Timed {
  value: Figure["value"];
  /** Why a run failed or was stopped. */
  why?: string;
}

async function timeRuns(runs: number, timeoutMs: number, args: string[]): Promise<Timed> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const took = await timeProcess(args, timeoutMs);
    if (typeof took.value !== "number") return took;
    times.push(took.value);
  }
  return { value: median(times) };
}

function timeProcess(args: string[], timeoutMs: number): Promise<Timed> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    // Argdown reports its failures on stdout; keep (the start of) both for the message.
    let output = "";
    const keep = (chunk: Buffer) => {
      if (output.length < 100_000) output += chunk.toString();
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolve({ value: "timeout", why: `stopped after ${timeoutMs / 1000} s` });
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve({ value: performance.now() - started });
      else if (code !== null) {
        // The error's own line (e.g. a RangeError) says more than the stack under it.
        const lines = output.trim().split("\n");
        const why = `exit ${code}: ${(lines.find((l) => /Error\b/.test(l)) ?? lines.at(-1) ?? "").trim()}`;
        process.stderr.write(`bench: ${path.basename(args[0] ?? "")} failed, ${why}\n`);
        resolve({ value: "error", why });
      }
    });
  });
}
