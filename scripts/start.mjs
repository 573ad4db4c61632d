#!/usr/bin/env node
/**
 * `npm start [-- FOLDER]`: build what is missing or out of date, then run Argumap in Electron on FOLDER (else
 * the folder opened last, else the bundled op-eds). Where npm could not download Electron's binary (no
 * internet), say so in one line and point to web mode.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const NO_ELECTRON =
  'Argumap: Electron is not installed here (npm could not download its binary); run "npm run web" to use Argumap in your browser.';

const electron = electronBinary();
if (electron === undefined) {
  process.stderr.write(`${NO_ELECTRON}\n`);
  process.exit(1);
}

const fresh = (output, inputs) => {
  const file = path.join(root, output);
  return existsSync(file) && statSync(file).mtimeMs >= newest(inputs);
};
if (!fresh("dist/renderer/index.html", ["src/renderer", "src/core", "src/contract", "vite.config.ts"])) {
  run("npx", ["vite", "build", "--logLevel", "warn"]);
}
const nodeInputs = ["src/main", "src/preload", "src/contract", "src/workspace", "src/core"];
if (!fresh("dist/main/main.js", nodeInputs) || !fresh("dist/preload/preload.cjs", nodeInputs)) {
  run(process.execPath, ["scripts/build-node.mjs", "main", "preload"]);
}

const child = spawn(electron, [root, ...process.argv.slice(2).map(fromUserFolder)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** The Electron binary, or undefined when the package or the binary its install step downloads is missing. */
function electronBinary() {
  try {
    // The package's main module is the binary's path; it throws when the download never happened.
    const binary = createRequire(import.meta.url)("electron");
    return typeof binary === "string" && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

/** npm runs scripts in the package folder: resolve a relative folder against where the user typed the command. */
function fromUserFolder(arg) {
  return arg.startsWith("-") ? arg : path.resolve(process.env.INIT_CWD ?? process.cwd(), arg);
}

/** The latest modification time of the files under the given paths (tests excluded: they are not built). */
function newest(paths) {
  let latest = 0;
  const visit = (file) => {
    const stat = statSync(file);
    if (stat.isDirectory()) {
      for (const name of readdirSync(file)) visit(path.join(file, name));
    } else if (!/\.test\.tsx?$/.test(file)) {
      latest = Math.max(latest, stat.mtimeMs);
    }
  };
  for (const p of paths) if (existsSync(path.join(root, p))) visit(path.join(root, p));
  return latest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
