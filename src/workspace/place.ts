import { realpath } from "node:fs/promises";
import path from "node:path";
import { resolveInside } from "./paths";

/** One open workspace folder: its real path, and the one way to turn a caller's path into a file on disk. */
export interface Place {
  /** The folder's real path (symbolic links resolved), so that containment checks compare like with like. */
  root: string;
  /** The folder's name, for the title bar. */
  name: string;
  /** The absolute path of a workspace-relative path, after the safety checks of paths.ts. */
  resolve(relative: string): Promise<string>;
}

/** Resolved once, on first use: a folder that does not exist fails the first call with a readable message. */
export function openPlace(root: string): () => Promise<Place> {
  let place: Promise<Place> | undefined;
  return () => {
    place ??= realpath(root).then(
      (real): Place => ({ root: real, name: path.basename(real), resolve: (relative) => resolveInside(real, relative) }),
      () => {
        place = undefined;
        throw new Error(`the workspace folder "${root}" cannot be opened`);
      },
    );
    return place;
  };
}
