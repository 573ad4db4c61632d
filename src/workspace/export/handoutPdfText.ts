import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The text of a handout PDF as poppler's pdftotext reads it, for the tests of the PDF: what a reader (or a
 * screen reader, or a search) gets out of it. pdftotext comes with poppler-utils; without it the tests that read
 * the text say so and skip.
 */

export const PDFTOTEXT = "/usr/bin/pdftotext";
export const hasPdftotext = existsSync(PDFTOTEXT);

/** Each page's lines, in drawing order ("-raw"), as pdftotext prints them. */
export function linesOf(pdf: Buffer): string[][] {
  const dir = mkdtempSync(path.join(tmpdir(), "argumap-handout-"));
  try {
    const file = path.join(dir, "handout.pdf");
    writeFileSync(file, pdf);
    const run = spawnSync(PDFTOTEXT, ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    return run.stdout
      .split("\f")
      .slice(0, -1)
      .map((page) => page.split("\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each page's text as it reads: lines joined by a space, or by nothing after a word that ends in a hyphen or dash. */
export function pagesOf(pdf: Buffer): string[] {
  return linesOf(pdf).map((lines) =>
    lines
      .join("\n")
      .replace(/([\p{L}\p{N}][-–])\n/gu, "$1")
      .replace(/\s+/g, " ")
      .trim(),
  );
}
