import { readFileSync } from "node:fs";
import path from "node:path";
import react from "@vitejs/plugin-react";
import { build as bundle } from "esbuild";
import { build } from "vite";

export const repoRoot = path.join(import.meta.dirname, "..");
const benchDir = import.meta.dirname;

/** The app's renderer, built from the working tree with its own vite config, into a folder of the bench's. */
export async function buildApp(outDir: string): Promise<void> {
  await build({
    configFile: path.join(repoRoot, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
}

/** The bare React Flow page (bench/browser/bare), built the way the app is: same React plugin, same worker format. */
export async function buildBare(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: path.join(benchDir, "browser", "bare"),
    base: "./",
    plugins: [react()],
    logLevel: "warn",
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 3000 },
    worker: { format: "es" },
  });
}

/** The in-page probe as one script to inject before a page's own scripts. */
export async function buildProbe(): Promise<string> {
  const result = await bundle({
    entryPoints: [path.join(benchDir, "browser", "probe.ts")],
    bundle: true,
    write: false,
    format: "iife",
    target: "chrome120",
    logLevel: "warning",
  });
  return result.outputFiles[0]?.text ?? "";
}

/**
 * The command line bundled from the working tree the way scripts/build-node.mjs bundles it. It goes under
 * node_modules/.cache so that its package imports resolve from there (packages stay external, as in the build).
 */
export async function buildCli(): Promise<string> {
  const outfile = path.join(repoRoot, "node_modules", ".cache", "argumap-bench", "cli.mjs");
  await bundle({
    entryPoints: [path.join(repoRoot, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return outfile;
}

/**
 * Whether the app's canvas draws only the boxes in view (React Flow's onlyRenderVisibleElements in
 * MapCanvas.tsx), so that the bare page is given the same setting.
 */
export function appRendersOnlyVisible(): boolean {
  const source = readFileSync(path.join(repoRoot, "src", "renderer", "canvas", "MapCanvas.tsx"), "utf8");
  return /onlyRenderVisibleElements(?!=\{false\})/.test(source);
}
