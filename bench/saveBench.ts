import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createWorkspace } from "../src/workspace";
import type { Figure } from "./figures";
import { median, ratioOf } from "./figures";
import type { GeneratedDocument } from "./generate";

function savesFor(size: number): number {
  return size <= 500 ? 40 : size <= 2000 ? 20 : 6;
}

/**
 * A save as the app makes it: the workspace service's saveMap (stamp the text's fingerprint, validate, serialize
 * in stable order, check the base revision, write a temporary file and rename it over the map), each save on
 * the revision the previous one returned. Baseline: JSON.stringify of the same map and a plain writeFile.
 * Medians after two saves of warm-up.
 */
export async function measureSave(document: GeneratedDocument, workspace: string, report: (figure: Figure) => void): Promise<void> {
  const size = document.map.statements.length;
  const service = createWorkspace(workspace);
  const opened = await service.openDocument(document.textFile);
  if (opened.map.state !== "ok") throw new Error(`the generated map of ${size} statements does not open: ${opened.map.state}`);
  let revision = opened.map.revision;
  const saves: number[] = [];
  const runs = savesFor(size);
  for (let run = 0; run < runs + 2; run++) {
    const started = performance.now();
    const result = await service.saveMap(document.textFile, document.map, revision);
    const took = performance.now() - started;
    if (!result.ok) throw new Error(`save failed: ${result.message}`);
    revision = result.revision;
    if (run >= 2) saves.push(took);
  }
  const plainFile = path.join(workspace, "plain-save.json");
  const plain: number[] = [];
  for (let run = 0; run < runs + 2; run++) {
    const started = performance.now();
    await writeFile(plainFile, JSON.stringify(document.map, null, 2));
    if (run >= 2) plain.push(performance.now() - started);
  }
  const saveMs = median(saves);
  const plainMs = median(plain);
  report({ name: "save_ms", size, value: saveMs, unit: "ms" });
  report({ name: "save_plain_ms", size, value: plainMs, unit: "ms" });
  report({ name: "save_ratio", size, value: ratioOf(saveMs, plainMs), unit: "ratio" });
}
