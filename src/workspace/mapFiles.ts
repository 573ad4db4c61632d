import type { ReadError } from "../core";
import { type ArgumentMap, type CrossAuthorFile, type ReadResult, readCrossAuthorFile, readMap } from "../core";
import { readIfPresent, sha256 } from "./files";
import type { Place } from "./place";

/** A JSON file of the workspace as read: absent, valid (possibly migrated from an older version), or invalid with the reason. */
export type FileRead<T> =
  | { state: "none"; revision: null }
  | { state: "ok"; value: T; revision: string; migratedFrom?: number }
  | { state: "invalid"; error: ReadError; revision: string; raw: string };

export function readMapFile(place: Place, relative: string): Promise<FileRead<ArgumentMap>> {
  return readJsonFile(place, relative, readMap);
}

export function readCrossAuthorAt(place: Place, relative: string): Promise<FileRead<CrossAuthorFile>> {
  return readJsonFile(place, relative, readCrossAuthorFile);
}

/** Never throws for what is in the file: an invalid file comes back with its raw text, so it can be shown read-only. */
async function readJsonFile<T>(place: Place, relative: string, read: (text: string) => ReadResult<T>): Promise<FileRead<T>> {
  const bytes = await readIfPresent(await place.resolve(relative));
  if (bytes === undefined) return { state: "none", revision: null };
  const revision = sha256(bytes);
  const raw = bytes.toString("utf8");
  const result = read(raw);
  if (!result.ok) return { state: "invalid", error: result.error, revision, raw };
  return result.migratedFrom === undefined
    ? { state: "ok", value: result.value, revision }
    : { state: "ok", value: result.value, revision, migratedFrom: result.migratedFrom };
}

/** "line:column message", the way the document list shows why a map cannot be opened. */
export function describeReadError(error: ReadError): string {
  return `${error.line}:${error.column} ${error.message}`;
}
