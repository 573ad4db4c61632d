import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type ArgumentMap, type CrossAuthorFile, readCrossAuthorFile, readMap } from "../src/core";

/** The bundled workspace `maps/`. */
export const BUNDLED_DIR = join(import.meta.dirname, "..", "maps");

/** The bundled cross-author file and its maps by id, as tests over the real maps read them; throws if one is unreadable. */
export function readBundledWorkspace(): { file: CrossAuthorFile; maps: Record<string, ArgumentMap> } {
  const read = readCrossAuthorFile(readFileSync(join(BUNDLED_DIR, "workspace.argmap.json"), "utf8"));
  if (!read.ok) throw new Error(read.error.message);
  const maps: Record<string, ArgumentMap> = {};
  for (const entry of read.value.maps) {
    const map = readMap(readFileSync(join(BUNDLED_DIR, entry.file), "utf8"));
    if (!map.ok) throw new Error(`${entry.file}: ${map.error.message}`);
    maps[entry.id] = map.value;
  }
  return { file: read.value, maps };
}
