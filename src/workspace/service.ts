import type { WorkspaceApi } from "../contract";
import { listDocuments, openDocument } from "./documents";
import { exportForApp, handoutForApp } from "./export/forApp";
import { readCrossAuthorAt } from "./mapFiles";
import { CROSS_AUTHOR_FILE } from "./paths";
import { openPlace } from "./place";
import { clearRecovery, readRecoveries, writeRecovery } from "./recovery";
import { saveCrossAuthor, saveMap, saveMapCopy } from "./saving";

/**
 * The workspace contract over a folder on disk. Every path is relative to `root` and checked before use;
 * a refused path throws a WorkspaceError (see errors.ts), everything about file contents comes back as a value.
 */
export function createWorkspace(root: string): WorkspaceApi {
  const place = openPlace(root);
  return {
    info: async () => ({ name: (await place()).name, crossAuthorPath: CROSS_AUTHOR_FILE }),
    listDocuments: async () => listDocuments(await place()),
    openDocument: async (path) => openDocument(await place(), path),
    saveMap: async (path, map, baseRevision) => saveMap(await place(), path, map, baseRevision),
    saveMapCopy: async (path, map) => saveMapCopy(await place(), path, map),
    readCrossAuthor: async () => {
      const read = await readCrossAuthorAt(await place(), CROSS_AUTHOR_FILE);
      if (read.state !== "ok") return read;
      return { state: "ok", file: read.value, revision: read.revision };
    },
    saveCrossAuthor: async (file, baseRevision) => saveCrossAuthor(await place(), file, baseRevision),
    writeRecovery: async (recovery) => writeRecovery(await place(), recovery),
    readRecoveries: async () => readRecoveries(await place()),
    clearRecovery: async (path) => clearRecovery(await place(), path),
    exportMap: async (path, map, request) => exportForApp(await place(), path, map, request),
    exportHandout: async (file, maps, request) => handoutForApp(await place(), file, maps, request),
  };
}
