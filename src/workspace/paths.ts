import { lstat, realpath } from "node:fs/promises";
import path from "node:path";
import { errnoCode, refused } from "./errors";

/**
 * Path safety: every path the service receives comes from the renderer (over IPC or HTTP) and is treated as
 * hostile. It must be relative to the workspace, use "/" between folders, and stay inside the workspace both
 * as written and after symbolic links are followed.
 */

/** The cross-author file at the workspace root. */
export const CROSS_AUTHOR_FILE = "workspace.argmap.json";
/** Where the service keeps its own files (recovery); never listed, never watched. */
export const SERVICE_FOLDER = ".argumap";

const TEXT_EXTENSION = /\.(txt|md)$/i;

export function isTextPath(relative: string): boolean {
  return TEXT_EXTENSION.test(relative);
}

/**
 * The map beside a text: "a/NAME.txt" → "a/NAME.argmap.json". A NAME.md beside a NAME.txt would share it; the
 * bundled workspaces never have both, and the document list shows both so the clash is visible.
 */
export function mapPathOf(textPath: string): string {
  return textPath.replace(TEXT_EXTENSION, ".argmap.json");
}

/**
 * Check a path as written, without touching the disk, and return it normalised ("a/./b.txt" → "a/b.txt").
 * Throws a refusal for anything that is not a plain relative path inside the root.
 */
export function checkRelativePath(relative: string): string {
  if (relative.length === 0) throw refused(relative, "the path is empty");
  if (relative.includes("\0")) throw refused(relative, "the path contains a NUL byte");
  if (/^[A-Za-z]:/.test(relative)) throw refused(relative, "a drive path is not relative to the workspace");
  if (/^[\\/]{2}/.test(relative)) throw refused(relative, "a network (UNC) path is not relative to the workspace");
  if (relative.startsWith("/") || path.isAbsolute(relative)) throw refused(relative, "an absolute path is not relative to the workspace");
  // On Windows "\" separates folders and "a\..\..\x" would escape; on POSIX it is a legal but confusing name.
  if (relative.includes("\\")) throw refused(relative, 'use "/" between folders');
  const normalised = path.posix.normalize(relative);
  if (normalised === ".." || normalised.startsWith("../")) throw refused(relative, "the path leaves the workspace");
  if (normalised === "." || normalised === "./") throw refused(relative, "the path names the workspace itself");
  return normalised.replace(/\/$/, "");
}

/** True when `candidate` is `root` or lies below it; both absolute and already resolved. */
export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * The absolute path of `relative` in the workspace whose real (symlink-free) path is `realRoot`. Follows
 * symbolic links: the file itself, or for a file not yet written the nearest folder above it that exists, must
 * resolve inside the root. A link that leads outside, or a dangling link, is refused.
 */
export async function resolveInside(realRoot: string, relative: string): Promise<string> {
  const normalised = checkRelativePath(relative);
  const target = path.join(realRoot, ...normalised.split("/"));
  let existing = target;
  for (;;) {
    const real = await realpathIfPresent(existing, relative);
    if (real !== undefined) {
      if (!isInside(realRoot, real)) throw refused(relative, "the path leads outside the workspace through a symbolic link");
      return target;
    }
    const parent = path.dirname(existing);
    // The root exists (it was resolved), so the walk up always ends there.
    if (parent === existing) throw refused(relative, "the path leaves the workspace");
    existing = parent;
  }
}

/** The real path, or undefined when nothing is there. A dangling symbolic link is refused: where it leads is unknown. */
async function realpathIfPresent(absolute: string, relative: string): Promise<string | undefined> {
  try {
    return await realpath(absolute);
  } catch (error) {
    if (errnoCode(error) !== "ENOENT" && errnoCode(error) !== "ENOTDIR") throw error;
  }
  const link = await lstat(absolute).catch(() => undefined);
  if (link?.isSymbolicLink()) throw refused(relative, "the path is a symbolic link that leads nowhere");
  return undefined;
}
