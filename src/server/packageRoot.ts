import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The built renderer of this package. Found from this file's place by walking up to package.json, so it is
 * the same folder whether the server runs from src/ (tsx) or from a bundle in dist/.
 */
export function defaultRendererDir(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, "package.json"))) {
    const parent = path.dirname(folder);
    if (parent === folder) return path.resolve("dist/renderer");
    folder = parent;
  }
  return path.join(folder, "dist", "renderer");
}
