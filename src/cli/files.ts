import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import {
  type ArgumentMap,
  type CrossAuthorFile,
  type Problem,
  type ReadError,
  readCrossAuthorFile,
  readMap,
  WORKSPACE_FORMAT,
} from "../core";

/**
 * Reading the files a command is given, shared by every command (validate, stats, export, import): each
 * failure is a problem with file, line and column, printed the way editors and CI annotate (`file:line:column:
 * message`). The only module of the command line that reads the disk.
 */
export interface FileProblem {
  file: string;
  /** 1-based; 0 when the problem is the file as a whole (it is missing or unreadable). */
  line: number;
  column: number;
  message: string;
}

export function formatProblem(problem: FileProblem): string {
  return problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}

export type Read<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[]; missing: boolean };

export interface MapFile {
  /** The path as the user gave it, for messages. */
  file: string;
  /** The file's text, to place problems in it. */
  json: string;
  map: ArgumentMap;
  migratedFrom?: number;
}

export interface CrossAuthorFileRead {
  file: string;
  json: string;
  crossAuthor: CrossAuthorFile;
}

export type ArgumapFile = ({ kind: "map" } & MapFile) | ({ kind: "cross-author" } & CrossAuthorFileRead);

/** Read a map: a missing file, malformed JSON (with line and column) or an invalid map come back as problems. */
export async function readMapFile(file: string, cwd: string): Promise<Read<MapFile>> {
  const read = await readArgumapFile(file, cwd);
  if (!read.ok) return read;
  if (read.value.kind !== "map") return failed(file, 1, 1, "this is a cross-author file, not a map");
  const { kind: _kind, ...map } = read.value;
  return { ok: true, value: map };
}

/** A map or the cross-author file, told apart by its format field. */
export async function readArgumapFile(file: string, cwd: string): Promise<Read<ArgumapFile>> {
  let json: string;
  try {
    json = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") return { ok: false, problems: [{ file, line: 0, column: 0, message: "no such file" }], missing: true };
    if (code === "EISDIR") return failed(file, 0, 0, "is a folder, not a file");
    return failed(file, 0, 0, `cannot be read (${code ?? String(error)})`);
  }
  if (isCrossAuthorJson(json)) {
    const result = readCrossAuthorFile(json);
    if (!result.ok) return { ok: false, problems: problemsOf(file, result.error), missing: false };
    return { ok: true, value: { kind: "cross-author", file, json, crossAuthor: result.value } };
  }
  const result = readMap(json);
  if (!result.ok) return { ok: false, problems: problemsOf(file, result.error), missing: false };
  const value: ArgumapFile = { kind: "map", file, json, map: result.value };
  if (result.migratedFrom !== undefined) value.migratedFrom = result.migratedFrom;
  return { ok: true, value };
}

/** The source text of a map: source.file, relative to the map file. */
export async function readSourceText(mapFile: string, map: ArgumentMap, cwd: string): Promise<{ file: string; text: string } | undefined> {
  const file = path.join(path.dirname(mapFile), map.source.file);
  try {
    return { file, text: await readFile(path.resolve(cwd, file), "utf8") };
  } catch {
    return undefined;
  }
}

export interface Collected {
  /** Files to read, in a stable order: given files as given, folders' map files sorted. */
  files: string[];
  /** Arguments that name nothing on disk. */
  missing: string[];
}

/** Files as given; folders searched (below, too) for map files and the cross-author file, *.argmap.json. */
export async function collectFiles(paths: readonly string[], cwd: string): Promise<Collected> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    const info = await stat(path.resolve(cwd, given)).catch(() => undefined);
    if (!info) missing.push(given);
    else if (info.isDirectory()) files.push(...(await mapFilesBelow(given, cwd)));
    else files.push(given);
  }
  return { files: [...new Set(files)], missing };
}

async function mapFilesBelow(folder: string, cwd: string): Promise<string[]> {
  const entries = await readdir(path.resolve(cwd, folder), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name, "en"))) {
    const child = path.join(folder, entry.name);
    // Hidden folders hold recovery files and tool state; node_modules holds other people's files.
    if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "node_modules")
      found.push(...(await mapFilesBelow(child, cwd)));
    else if (entry.isFile() && entry.name.endsWith(".argmap.json")) found.push(child);
  }
  return found;
}

function isCrossAuthorJson(json: string): boolean {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null && (value as { format?: unknown }).format === WORKSPACE_FORMAT;
  } catch {
    return false;
  }
}

function problemsOf(file: string, error: ReadError): FileProblem[] {
  const listed: Problem[] = error.problems.length > 0 ? error.problems : [{ ...error, path: "" }];
  return listed.map((p) => ({ file, line: p.line, column: p.column, message: p.path ? `${p.path}: ${p.message}` : p.message }));
}

function failed(file: string, line: number, column: number, message: string): { ok: false; problems: FileProblem[]; missing: false } {
  return { ok: false, problems: [{ file, line, column, message }], missing: false };
}
