#!/usr/bin/env node
/**
 * Bundle the Node side with esbuild: the Electron main process, its sandboxed preload, the command line and
 * the web server. `node scripts/build-node.mjs` builds all four; `node scripts/build-node.mjs main preload`
 * builds only the named ones (npm start needs no command line). Prints one line per output file.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));

const node = { format: "esm", platform: "node", target: "node20", packages: "external" };

/** @type {Record<string, import("esbuild").BuildOptions>} */
const targets = {
  // Electron 40 runs ESM main processes; `electron` and every package stay imports resolved at run time.
  main: { ...node, entryPoints: ["src/main/main.ts"], outfile: "dist/main/main.js", target: "node22" },
  // A sandboxed preload is one CommonJS file whose only require is "electron": everything else is bundled.
  preload: {
    entryPoints: ["src/preload/preload.ts"],
    outfile: "dist/preload/preload.cjs",
    format: "cjs",
    platform: "browser",
    target: "chrome140",
    external: ["electron"],
  },
  cli: { ...node, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli/main.js" },
  server: { ...node, entryPoints: ["src/server/main.ts"], outfile: "dist/server/main.js" },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in targets));
if (unknown.length > 0) {
  console.error(`build-node: unknown target ${unknown.join(", ")} (known: ${Object.keys(targets).join(", ")})`);
  process.exit(2);
}

try {
  for (const name of wanted.length > 0 ? wanted : Object.keys(targets)) {
    const result = await build({
      ...targets[name],
      absWorkingDir: root,
      bundle: true,
      sourcemap: true,
      metafile: true,
      logLevel: "warning",
    });
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      if (file.endsWith(".map")) continue;
      console.log(`${path.normalize(file).padEnd(26)} ${(output.bytes / 1024).toFixed(1).padStart(7)} kB  (${name})`);
    }
  }
} catch {
  // esbuild has printed the errors with their places.
  process.exit(1);
}
