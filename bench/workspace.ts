import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serializeMap } from "../src/core";
import type { GeneratedDocument } from "./generate";

/** A workspace folder holding one generated text and its map, as the app would find them on disk. */
export function writeWorkspace(folder: string, document: GeneratedDocument): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, document.textFile), document.text);
  writeFileSync(path.join(folder, document.mapFile), serializeMap(document.map));
  return folder;
}
