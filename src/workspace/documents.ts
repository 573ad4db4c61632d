import { readdir } from "node:fs/promises";
import path from "node:path";
import type { DocumentSummary, MapRead, OpenedDocument } from "../contract";
import { compareIds, reanchorMap, staleAnchors } from "../core";
import { errnoCode, notFound, refused, WorkspaceError } from "./errors";
import { readIfPresent, sha256 } from "./files";
import { describeReadError, readMapFile } from "./mapFiles";
import { checkRelativePath, isTextPath, mapPathOf } from "./paths";
import type { Place } from "./place";

/** The source texts at the top level of the workspace, each with the state of the map beside it. */
export async function listDocuments(place: Place): Promise<DocumentSummary[]> {
  const entries = await readdir(place.root, { withFileTypes: true });
  const names = entries
    .filter((e) => !e.name.startsWith(".") && isTextPath(e.name) && (e.isFile() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort(compareIds);
  const summaries = await Promise.all(names.map((name) => summarise(place, name)));
  return summaries.filter((s): s is DocumentSummary => s !== undefined);
}

/** Undefined for an entry that is not a readable text after all (a link that leads outside, a folder named x.txt). */
async function summarise(place: Place, name: string): Promise<DocumentSummary | undefined> {
  const text = await readText(place, name).catch((error: unknown) => {
    if (error instanceof WorkspaceError) return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  const mapPath = mapPathOf(name);
  const fallbackTitle = name.replace(/\.[^.]+$/, "");
  const summary: DocumentSummary = { path: name, mapPath, title: fallbackTitle, mapState: "none" };
  let read: Awaited<ReturnType<typeof readMapFile>>;
  try {
    read = await readMapFile(place, mapPath);
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error;
    return { ...summary, mapState: "invalid", problem: `1:1 ${error.message}` };
  }
  if (read.state === "none") return summary;
  if (read.state === "invalid") return { ...summary, mapState: "invalid", problem: describeReadError(read.error) };
  const map = read.value;
  return {
    ...summary,
    title: map.source.title || fallbackTitle,
    mapState: staleAnchors(map, text.text).length > 0 ? "stale" : "ok",
    mapId: map.id,
    statements: map.statements.length,
  };
}

/**
 * A text and its map. When the text changed since the map was saved, the anchors are re-found in the new text:
 * the map returned carries them and the new text's fingerprint, with the ones that could not be re-found listed.
 * Nothing is written here.
 */
export async function openDocument(place: Place, requested: string): Promise<OpenedDocument> {
  const relative = checkRelativePath(requested);
  const { text, textSha256 } = await readText(place, relative);
  const mapPath = mapPathOf(relative);
  const read = await readMapFile(place, mapPath);
  let map: MapRead;
  if (read.state === "none") map = read;
  else if (read.state === "invalid") map = read;
  else {
    const unchanged = read.value.source.sha256 === textSha256 && staleAnchors(read.value, text).length === 0;
    const found = unchanged ? { map: read.value, lost: [], approximate: [], changed: 0 } : reanchorMap(read.value, text, textSha256);
    map = {
      state: "ok",
      map: found.map,
      revision: read.revision,
      lost: found.lost,
      approximate: found.approximate,
      reanchored: found.changed,
    };
    if (read.migratedFrom !== undefined) map.migratedFrom = read.migratedFrom;
  }
  return { path: relative, mapPath, text, textSha256, map };
}

export interface SourceText {
  text: string;
  textSha256: string;
}

/** A source text of the workspace; only .txt and .md files are texts. */
export async function readText(place: Place, requested: string): Promise<SourceText> {
  const relative = checkRelativePath(requested);
  if (!isTextPath(relative)) throw refused(requested, "only .txt and .md texts can be opened");
  const absolute = await place.resolve(relative);
  const bytes = await readIfPresent(absolute).catch((error: unknown) => {
    if (errnoCode(error) === "EISDIR" || errnoCode(error) === "ENOTDIR") return undefined;
    throw error;
  });
  if (bytes === undefined) throw notFound(relative);
  // Offsets are UTF-16 units of the text as read: no normalisation, a byte-order mark stays a character.
  return { text: bytes.toString("utf8"), textSha256: sha256(bytes) };
}

/** The text's file name as a map records it: maps sit beside their texts. */
export function textFileName(relative: string): string {
  return path.posix.basename(relative);
}
