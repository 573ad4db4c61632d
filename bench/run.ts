/**
 * `npm run bench`: the performance figures of issue #4 and DESIGN.md, on generated maps, each beside a baseline
 * measured in the same run. Figures go to stdout, one per line (`NAME@SIZE VALUE UNIT`), and to
 * bench/results/latest.json; progress and the budget summary go to stderr. A bench never fails on a time: the
 * exit code is 0 whatever the figures, and non-zero only when a benchmark could not run at all.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { type BrowserSetup, measureInBrowser } from "./browserBench";
import { buildApp, buildBare, buildCli, buildProbe } from "./build";
import { launchChromium } from "./chromium";
import { measureExport } from "./exportBench";
import { budgetText, type Figure, labelOf, lineOf, meetsBudget } from "./figures";
import { generateDocument } from "./generate";
import { measureLayout } from "./layoutBench";
import { type BenchOptions, parseOptions, USAGE } from "./options";
import { measureSave } from "./saveBench";
import { serveFolders } from "./staticServer";
import { writeWorkspace } from "./workspace";

const figures: Figure[] = [];
const report = (figure: Figure) => {
  figures.push(figure);
  process.stdout.write(`${lineOf(figure)}\n`);
};
const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(options: BenchOptions): Promise<number> {
  const started = performance.now();
  const work = mkdtempSync(path.join(tmpdir(), "argumap-bench-"));
  const inBrowser = ["open", "heap", "type", "drag", "pan"].some((b) => options.only.has(b as never));
  const needsChromium = inBrowser || options.only.has("layout");
  let browser: Browser | undefined;
  let bareServer: { url: string; close: () => Promise<void> } | undefined;
  try {
    const documents = options.sizes.map((size) => {
      progress(`generating a map of ${size} statements`);
      const document = generateDocument(size);
      return { document, workspace: writeWorkspace(path.join(work, `ws-${size}`), document) };
    });
    const appDir = options.rendererDir ?? path.join(work, "app");
    const bareDir = path.join(work, "bare");
    if (inBrowser && !options.rendererDir) {
      progress("building the app's renderer from the working tree");
      await buildApp(appDir);
    }
    if (needsChromium) {
      progress("building the bare React Flow page");
      await buildBare(bareDir);
      browser = await launchChromium();
      bareServer = await serveFolders([bareDir, ...documents.map((d) => d.workspace)]);
    }
    const cli = options.only.has("export") ? await buildCli() : "";
    const probe = inBrowser ? await buildProbe() : "";

    for (const { document, workspace } of documents) {
      const size = document.map.statements.length;
      if (options.only.has("save")) {
        progress(`${size}: saving`);
        const saveFolder = path.join(work, `save-${size}`);
        await guard(`save@${size}`, () => measureSave(document, writeWorkspace(saveFolder, document), report));
      }
      if (options.only.has("export")) {
        progress(`${size}: exporting to SVG, ours and Argdown's`);
        await guard(`export@${size}`, () => measureExport(document, workspace, cli, options.exportTimeoutMs, report));
      }
      if (browser && bareServer && inBrowser) {
        const setup: BrowserSetup = { browser, probe, appDir, bareUrl: bareServer.url, options, report, progress };
        await guard(`browser@${size}`, () => measureInBrowser(setup, document, workspace));
      }
      if (browser && bareServer && options.only.has("layout")) {
        progress(`${size}: layout in the app's worker (stops after ${options.layoutTimeoutMs / 1000} s)`);
        const url = bareServer.url;
        const b = browser;
        await guard(`layout@${size}`, () => measureLayout(b, url, document, options.layoutTimeoutMs, report));
      }
    }
    writeResults(options, browser ? browser.version() : undefined);
    summarise();
    progress(`done in ${((performance.now() - started) / 1000).toFixed(0)} s; results in ${path.relative(process.cwd(), options.out)}`);
    return 0;
  } finally {
    await browser?.close();
    await bareServer?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** One benchmark failing leaves the others to run; its figures are missing and stderr says why. */
async function guard(what: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    progress(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function writeResults(options: BenchOptions, chromium: string | undefined): void {
  const cpus = os.cpus();
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? "unknown",
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: chromium ?? null,
    },
    sizes: options.sizes,
    benchmarks: [...options.only],
    figures: figures.map((f) => {
      const verdict = meetsBudget(f);
      return verdict === undefined ? f : { ...f, budget: budgetText(f.name), meetsBudget: verdict };
    }),
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
}

function summarise(): void {
  const judged = figures.flatMap((f) => {
    const verdict = meetsBudget(f);
    return verdict === undefined
      ? []
      : [`  ${labelOf(f)} ${lineOf(f).split(" ").slice(1).join(" ")}  budget ${budgetText(f.name)}: ${verdict ? "met" : "NOT met"}`];
  });
  if (judged.length > 0) process.stderr.write(`bench: against the budgets (reported, never failed on):\n${judged.join("\n")}\n`);
}

const parsed = parseOptions(process.argv.slice(2), path.join(import.meta.dirname, "results", "latest.json"));
if (parsed === "help") {
  process.stdout.write(USAGE);
} else if ("error" in parsed) {
  process.stderr.write(`bench: ${parsed.error}\n${USAGE}`);
  process.exitCode = 2;
} else {
  main(parsed).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      progress(`could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    },
  );
}
