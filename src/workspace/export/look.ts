/**
 * Look at the exports, not only test them: renders the example map and every bundled map in every drawing
 * format into a folder, and turns each PDF into a PNG with pdftoppm (poppler-utils), so a person (or an agent
 * with an image viewer) can check legibility, clipping and diacritics. Not a test; it passes nothing and fails
 * nothing.
 *
 *   npx tsx src/workspace/export/look.ts [OUT_DIR]       (default /tmp/argumap-export-look)
 */
import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ArgumentMap, EXPORT_EXAMPLE_TEXT, exportExampleMap, readMap } from "../../core";
import { type ExportFormat, type ExportOptions, exportMap } from ".";

const out = path.resolve(process.argv[2] ?? "/tmp/argumap-export-look");
const bundled = fileURLToPath(new URL("../../../maps/", import.meta.url));

const looks: [ExportFormat, ExportOptions, string][] = [
  ["png", { scale: 1 }, ""],
  ["png", { scale: 2, quotes: true }, "-quotes"],
  ["png", { scale: 1, greyscale: true }, "-grey"],
  ["pdf", { page: "a4", landscape: true }, ""],
  ["html", {}, ""],
  ["worksheet", {}, ""],
  ["svg", {}, ""],
];

async function maps(): Promise<{ name: string; map: ArgumentMap; text: string }[]> {
  const found = [{ name: "example", map: exportExampleMap(), text: EXPORT_EXAMPLE_TEXT }];
  const files = (await readdir(bundled).catch(() => [])).filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json");
  for (const file of files.sort()) {
    const read = readMap(await readFile(path.join(bundled, file), "utf8"));
    if (!read.ok) continue;
    const text = await readFile(path.join(bundled, read.value.source.file), "utf8").catch(() => "");
    found.push({ name: file.replace(/\.argmap\.json$/, ""), map: read.value, text });
  }
  return found;
}

await mkdir(out, { recursive: true });
for (const { name, map, text } of await maps()) {
  for (const [format, options, variant] of looks) {
    const file = await exportMap(map, text, format, options);
    const target = path.join(out, `${name}${variant}${file.fileName.slice(file.fileName.indexOf("."))}`);
    await writeFile(target, file.data);
    if (format === "pdf") execFileSync("pdftoppm", ["-png", "-r", "110", target, target.replace(/\.pdf$/, "-pdf")]);
    process.stdout.write(`${target}\n`);
  }
}
