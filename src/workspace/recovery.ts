import { mkdir, readdir, readFile, unlink } from "node:fs/promises";
import { join } from "node:path";
import { type Recovery, workspaceArgs } from "../contract";
import { errnoCode, refused } from "./errors";
import { sha256, writeAtomic } from "./files";
import { checkRelativePath, isTextPath, SERVICE_FOLDER } from "./paths";
import type { Place } from "./place";

/**
 * Unsaved edits, kept so that a crash loses nothing: one file per text in .argumap/recovery/, named after the
 * text's path (percent-encoded, so "a/b.txt" becomes "a%2Fb.txt.json"). The file holds the path itself, so a
 * name too long for the file system falls back to a hash without losing anything.
 */
const RECOVERY_FOLDER = `${SERVICE_FOLDER}/recovery`;
const MAX_NAME = 200;

export async function writeRecovery(place: Place, recovery: Recovery): Promise<void> {
  const path = textPathOf(recovery.path);
  const file = await place.resolve(recoveryFileOf(path));
  await mkdir(await place.resolve(RECOVERY_FOLDER), { recursive: true });
  await writeAtomic(file, `${JSON.stringify({ ...recovery, path }, null, 2)}\n`);
}

/** Every recovery that is still readable and names a text path; a damaged one is skipped, not fatal. */
export async function readRecoveries(place: Place): Promise<Recovery[]> {
  const folder = await place.resolve(RECOVERY_FOLDER);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return [];
    throw error;
  }
  const found: Recovery[] = [];
  for (const name of names.filter((n) => n.endsWith(".json")).sort()) {
    const recovery = parseRecovery(await readFile(join(folder, name), "utf8").catch(() => ""));
    if (recovery) found.push(recovery);
  }
  return found;
}

export async function clearRecovery(place: Place, requested: string): Promise<void> {
  const file = await place.resolve(recoveryFileOf(textPathOf(requested)));
  await unlink(file).catch((error: unknown) => {
    if (errnoCode(error) !== "ENOENT") throw error;
  });
}

function textPathOf(requested: string): string {
  const path = checkRelativePath(requested);
  if (!isTextPath(path)) throw refused(requested, "recovery is kept for .txt and .md texts only");
  return path;
}

function recoveryFileOf(path: string): string {
  // encodeURIComponent leaves * which Windows forbids in file names.
  const encoded = encodeURIComponent(path).replace(/\*/g, "%2A");
  const name = encoded.length <= MAX_NAME ? encoded : sha256(path);
  return `${RECOVERY_FOLDER}/${name}.json`;
}

function parseRecovery(text: string): Recovery | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const checked = workspaceArgs.writeRecovery.safeParse([value]);
  if (!checked.success) return undefined;
  const [recovery] = checked.data as [Recovery];
  try {
    return isTextPath(checkRelativePath(recovery.path)) ? recovery : undefined;
  } catch {
    return undefined;
  }
}
