import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type EmbeddedFont, FONT_FAMILY } from "../../core";

/**
 * The export font, from assets/fonts in the repository (or the packaged app's resources): PNG and PDF render
 * with these files and never with system fonts, so a map looks the same on every machine.
 */
export interface FontFiles {
  family: string;
  regular: string;
  bold: string;
}

const REGULAR = "NotoSans-Regular.ttf";
const BOLD = "NotoSans-Bold.ttf";

/** Where the font files are: the folder given, else the first assets/fonts found walking up from this module. */
export function exportFontFiles(fontsDir?: string): FontFiles {
  const dir = fontsDir ?? findFontsDir();
  return { family: FONT_FAMILY, regular: path.join(dir, REGULAR), bold: path.join(dir, BOLD) };
}

function findFontsDir(): string {
  // Walking up works from src/workspace/export (tsx, tests) and from a bundled dist/ file alike.
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, "assets", "fonts");
    if (existsSync(path.join(candidate, REGULAR))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`the export font ${REGULAR} was not found in any assets/fonts folder above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** The fonts as base64, for an SVG or HTML file that must show the same letters anywhere. */
export async function embeddedFont(files: FontFiles = exportFontFiles()): Promise<EmbeddedFont> {
  const [regular, bold] = await Promise.all([readFile(files.regular), readFile(files.bold)]);
  return { family: files.family, regular: regular.toString("base64"), bold: bold.toString("base64") };
}
