import { createHash, randomBytes } from "node:crypto";
import { open, readFile, rename, unlink } from "node:fs/promises";
import path from "node:path";
import type { Revision } from "../contract";
import { errnoCode } from "./errors";

/** SHA-256 (hex) of a file's bytes: the revision of a map file and the fingerprint of a text. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The file's bytes, or undefined when it does not exist. */
export async function readIfPresent(absolute: string): Promise<Buffer | undefined> {
  try {
    return await readFile(absolute);
  } catch (error) {
    if (errnoCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

export function revisionOf(bytes: Buffer | undefined): Revision {
  return bytes === undefined ? null : sha256(bytes);
}

/** Our temporary files: hidden, beside the target, with a random part; the watcher ignores them. */
export const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Write a file so that a reader sees the old bytes or the new ones, never half of each, and a crash leaves the
 * old file whole: write a temporary file in the same folder (same file system, so rename is atomic), flush it
 * to disk, rename it over the target, then flush the folder so the rename itself survives a power cut.
 */
export async function writeAtomic(absolute: string, content: string): Promise<void> {
  const folder = path.dirname(absolute);
  const temp = path.join(folder, `.${path.basename(absolute)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx");
  try {
    await handle.writeFile(content, "utf8");
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, absolute);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** Windows cannot open a folder for fsync (EPERM/EISDIR); there the rename is as durable as the OS makes it. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort by design: see above.
  }
}

const queues = new Map<string, Promise<unknown>>();

/**
 * Run `task` after every earlier task for the same key has finished, so that two saves of one file in this
 * process cannot both pass the revision check before either writes.
 */
export function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}
