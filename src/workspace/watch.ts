import { type FSWatcher, watch } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { WorkspaceEvent } from "../contract";
import { TEMP_FILE } from "./files";
import { SERVICE_FOLDER } from "./paths";

export interface WatchOptions {
  /** How long to gather file system events before reporting them; editors and our own saves fire several per write. */
  debounceMs?: number;
}

/**
 * Report changes to the files at the top level of the workspace (texts, maps, the cross-author file). Our own
 * temporary files and the .argumap folder are ignored, as are hidden files (editors' swap files). Returns a
 * function that stops watching.
 */
export function watchWorkspace(root: string, onEvent: (event: WorkspaceEvent) => void, options: WatchOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 80;
  const known = new Set<string>();
  const pending = new Set<string>();
  let rescan = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const listFiles = async (): Promise<string[]> => {
    const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => !e.isDirectory() && !isIgnored(e.name)).map((e) => e.name);
  };
  const ready = listFiles().then((names) => {
    for (const name of names) known.add(name);
  });

  const flush = async () => {
    timer = undefined;
    await ready;
    const names = new Set(pending);
    pending.clear();
    if (rescan) {
      rescan = false;
      // Some platforms report no file name: compare the listing with what we knew instead.
      const now = new Set(await listFiles());
      for (const name of [...known, ...now]) names.add(name);
    }
    for (const name of [...names].sort()) {
      const isFile = await stat(path.join(root, name)).then(
        (s) => s.isFile(),
        () => false,
      );
      if (stopped) return;
      if (isFile && !known.has(name)) {
        known.add(name);
        onEvent({ kind: "added", path: name });
      } else if (isFile) onEvent({ kind: "changed", path: name });
      else if (known.delete(name)) onEvent({ kind: "removed", path: name });
    }
  };

  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(root, { persistent: false }, (_type, filename) => {
      if (stopped) return;
      if (filename === null) rescan = true;
      else if (!isIgnored(filename)) pending.add(filename);
      else return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), debounceMs);
    });
    // The folder may be removed or become unreadable; a watcher error must not take the process down.
    watcher.on("error", () => undefined);
  } catch {
    watcher = undefined;
  }

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    watcher?.close();
  };
}

function isIgnored(name: string): boolean {
  return (
    name.startsWith(".") ||
    name === SERVICE_FOLDER ||
    TEMP_FILE.test(name) ||
    name.endsWith("~") ||
    name.includes("/") ||
    name.includes("\\")
  );
}
