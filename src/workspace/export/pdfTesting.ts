/** For the PDF export's tests: the bundled maps, and the words of a PDF with their font sizes (pdftotext). */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type ArgumentMap, readMap } from "../../core";

const MAPS = fileURLToPath(new URL("../../../maps/", import.meta.url));

/** Every map in maps/ (the cross-author file is not a map), by file name. */
export function bundledMaps(): [string, ArgumentMap][] {
  return readdirSync(MAPS)
    .filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json")
    .sort()
    .map((file) => {
      const read = readMap(readFileSync(path.join(MAPS, file), "utf8"));
      if (!read.ok) throw new Error(`${file} is not a valid map`);
      return [file, read.value];
    });
}

export function hasTool(name: string): boolean {
  try {
    execFileSync(name, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface PdfWord {
  text: string;
  /** The font size in pt. */
  size: number;
  xMin: number;
  yMin: number;
}

/**
 * The words of each page, as pdftotext -bbox places them. A word's box is the font's ascent plus descent high,
 * a fixed share of the font size for the one font the export embeds; the share is read off the first word of
 * the PDF, the title, whose size is known (`titleSize`).
 */
export function pdfWords(pdf: Buffer, titleSize = 14): PdfWord[][] {
  const xml = execFileSync("pdftotext", ["-bbox", "-", "-"], { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString("utf8");
  const pages = [...xml.matchAll(/<page [^>]*>([\s\S]*?)<\/page>/g)].map((page) =>
    [...(page[1] ?? "").matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      text: decodeEntities(w[4] ?? ""),
      height: Number(w[3]) - Number(w[2]),
      xMin: Number(w[1]),
      yMin: Number(w[2]),
    })),
  );
  const title = pages[0]?.[0];
  if (!title) throw new Error("the PDF has no text");
  const share = title.height / titleSize;
  return pages.map((words) => words.map(({ height, ...w }) => ({ ...w, size: height / share })));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
