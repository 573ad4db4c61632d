import { create } from "zustand";
import type { Revision } from "../../contract";
import {
  type ArgumentMap,
  type CrossAuthorFile,
  type CrossEditLike,
  canRedo,
  canUndo,
  closeGesture,
  emptyCrossAuthorFile,
  type History,
  isDirty,
  markSaved,
  record,
  redo,
  renameMapFile,
  startHistory,
  undo,
} from "../../core";
import type { MessageKey } from "../i18n";
import { useApp } from "../store/appStore";
import { notifyError } from "../store/documentActions";

/** A map of the workspace as the cross-author views show it: its source text path, the map and the text. */
export interface LoadedMap {
  /** The source text, relative to the workspace (the key the app store uses for open documents). */
  path: string;
  /** The map file beside it, as the cross-author file's map entries name it. */
  mapPath: string;
  map: ArgumentMap;
  text: string;
}

/**
 * The cross-author file with its own undo history, and the maps it refers to. This is the contract the
 * compare view and the issues matrix both build on: every change goes through applyCrossEdit.
 */
export interface CrossState {
  history: History<CrossAuthorFile> | null;
  /** The revision read or last saved, for a save that refuses to overwrite a newer file. */
  revision: Revision;
  status: "idle" | "loading" | "ready" | "error";
  error?: string;
  /** Every readable map of the workspace, by map id. Open documents show their unsaved edits. */
  maps: Record<string, LoadedMap>;
  saving: boolean;
  /** Set when a save met a newer file on disk; the conflict dialog resolves it. */
  conflict?: { revision: Revision };
}

export const useCross = create<CrossState>(() => ({
  history: null,
  revision: null,
  status: "idle",
  maps: {},
  saving: false,
}));

const get = useCross.getState;
const set = useCross.setState;

/** The cross-author file as it stands, or undefined before it is loaded. */
export function crossFile(state: CrossState = get()): CrossAuthorFile | undefined {
  return state.history?.present;
}

let inFlight: Promise<void> | null = null;

/** Read the cross-author file and every map of the workspace. A later call reloads from disk. */
export function loadCrossAuthor(): Promise<void> {
  inFlight ??= readAll().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function readAll(): Promise<void> {
  const bridge = useApp.getState().bridge;
  if (!bridge) return;
  set({ status: "loading", error: undefined });
  try {
    const [read, documents] = await Promise.all([bridge.workspace.readCrossAuthor(), bridge.workspace.listDocuments()]);
    const maps: Record<string, LoadedMap> = {};
    const readable = documents.filter((d) => d.mapState === "ok" || d.mapState === "stale");
    const loaded = await Promise.all(readable.map((d) => loadMap(d.path, d.mapPath)));
    for (const entry of loaded) if (entry) maps[entry.map.id] = entry;
    if (read.state === "invalid") {
      const { message, line, column } = read.error;
      set({ status: "error", error: `${message} (${line}:${column})`, history: null, revision: read.revision, maps });
      return;
    }
    const file = read.state === "ok" ? read.file : emptyCrossAuthorFile();
    set({ status: "ready", history: followMovedMaps(startHistory(file), maps), revision: read.revision, maps, conflict: undefined });
  } catch (error) {
    set({ status: "error", error: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * A map file renamed or moved outside the app still holds its map id, so its links and positions still
 * apply: point the file's entry at the new name, as an unsaved step the user can see, save or undo.
 */
function followMovedMaps(history: History<CrossAuthorFile>, maps: Record<string, LoadedMap>): History<CrossAuthorFile> {
  let next = history;
  for (const entry of history.present.maps) {
    const now = maps[entry.id]?.mapPath;
    if (!now || now === entry.file) continue;
    const moved = renameMapFile(next.present, entry.file, now);
    if (moved.ok) next = record(next, "compare_label_mapMoved", moved.file);
  }
  return next;
}

/** The open document's map where there is one (so unsaved edits show), else the map as saved. */
async function loadMap(path: string, mapPath: string): Promise<LoadedMap | undefined> {
  const open = useApp.getState().docs[path];
  if (open?.history) return { path, mapPath, map: open.history.present, text: open.text };
  const bridge = useApp.getState().bridge;
  if (!bridge) return undefined;
  const opened = await bridge.workspace.openDocument(path);
  return opened.map.state === "ok" ? { path, mapPath, map: opened.map.map, text: opened.text } : undefined;
}

/**
 * Keep the loaded maps in step with the documents open in the map view: their edits show at once, and a map
 * made after loading joins. A map id already taken by another text is left alone (the checks report it).
 */
useApp.subscribe((app, before) => {
  if (app.docs === before.docs || get().status !== "ready") return;
  const maps = get().maps;
  let changed: Record<string, LoadedMap> | undefined;
  for (const doc of Object.values(app.docs)) {
    const map = doc.history?.present;
    if (!map) continue;
    const loaded = maps[map.id];
    if (loaded?.map === map || (loaded && loaded.path !== doc.path)) continue;
    changed ??= { ...maps };
    changed[map.id] = { path: doc.path, mapPath: doc.mapPath, map, text: doc.text };
  }
  if (changed) set({ maps: changed });
});

/**
 * Apply an edit to the cross-author file as one undo step, or fold it into the running gesture (typing a note)
 * when `gesture` names the same one. A refused edit changes nothing and tells the user why (the notice key is
 * `problem_` + the problem code with underscores). Returns the ids the edit created.
 */
export function applyCrossEdit(label: MessageKey, edit: (file: CrossAuthorFile) => CrossEditLike, gesture?: string): string[] {
  const history = get().history;
  if (!history) return [];
  const result = edit(history.present);
  if (!result.ok) {
    useApp.setState({ notice: { tone: "error", key: `problem_${result.problem.replaceAll("-", "_")}` as MessageKey } });
    return [];
  }
  set({ history: record(history, label, result.file, gesture) });
  afterChange();
  return result.created;
}

/** End the running gesture, so that the next change is a new undo step. */
export function endCrossGesture(): void {
  const history = get().history;
  if (history) set({ history: closeGesture(history) });
}

/** Load the cross-author file unless it is loaded or loading; resolves when it can be read. */
export async function ensureCrossLoaded(): Promise<void> {
  if (inFlight) return inFlight;
  if (get().status !== "ready") await loadCrossAuthor();
}

export function undoCross(): void {
  const history = get().history;
  if (history && canUndo(history)) set({ history: undo(history) });
  afterChange();
}

export function redoCross(): void {
  const history = get().history;
  if (history && canRedo(history)) set({ history: redo(history) });
  afterChange();
}

export function crossDirty(): boolean {
  const history = get().history;
  return history ? isDirty(history) : false;
}

function afterChange(): void {
  const app = useApp.getState();
  const mapsDirty = Object.values(app.docs).some((d) => d.history && isDirty(d.history));
  app.bridge?.shell.setDirty(mapsDirty || crossDirty());
}

/** Save against the revision read; a newer file on disk becomes a conflict for the user to resolve. */
export async function saveCross(options: { force?: boolean } = {}): Promise<void> {
  const { history, saving, revision, conflict } = get();
  const bridge = useApp.getState().bridge;
  if (!history || !bridge || saving) return;
  const file = history.present;
  set({ saving: true });
  try {
    const base = options.force ? (conflict?.revision ?? revision) : revision;
    const result = await bridge.workspace.saveCrossAuthor(file, base);
    if (result.ok) {
      set((s) => ({
        saving: false,
        revision: result.revision,
        conflict: undefined,
        history: s.history ? markSaved(s.history, file) : s.history,
      }));
      afterChange();
      useApp.setState({ notice: { tone: "info", key: "saved" } });
    } else if (result.reason === "conflict") {
      set({ saving: false, conflict: { revision: result.revision } });
    } else {
      set({ saving: false });
      useApp.setState({ notice: { tone: "error", key: "saveFailed", values: { message: result.message } } });
    }
  } catch (error) {
    set({ saving: false });
    notifyError(error);
  }
}

/** The user's answer to a save conflict: reload (drop my edits), overwrite, or keep editing. */
export async function resolveCrossConflict(choice: "reload" | "overwrite" | "cancel"): Promise<void> {
  if (choice === "cancel") return set({ conflict: undefined });
  if (choice === "overwrite") return saveCross({ force: true });
  set({ conflict: undefined });
  await loadCrossAuthor();
}
