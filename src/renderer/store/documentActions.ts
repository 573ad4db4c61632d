import type { OpenedDocument } from "../../contract";
import {
  type ArgumentMap,
  closeGesture,
  type Edit,
  emptyMap,
  markSaved,
  placeNear,
  record,
  redo,
  slugOf,
  startHistory,
  undo,
} from "../../core";
import type { MessageKey } from "../i18n";
import { layoutInWorker } from "../layout/layoutClient";
import { type OpenDocument, useApp } from "./appStore";
import { cancelRecovery, scheduleRecovery } from "./recovery";

const get = useApp.getState;
const set = useApp.setState;

export async function loadWorkspace(): Promise<void> {
  const bridge = get().bridge;
  if (!bridge) return;
  const [info, documents] = await Promise.all([bridge.workspace.info(), bridge.workspace.listDocuments()]);
  set({ info, documents });
}

export async function refreshDocuments(): Promise<void> {
  const bridge = get().bridge;
  if (bridge) set({ documents: await bridge.workspace.listDocuments() });
}

export async function openDocument(path: string): Promise<void> {
  const bridge = get().bridge;
  if (!bridge) return;
  if (get().docs[path]) {
    set({ active: path, selection: [], textSelection: null });
    return;
  }
  try {
    const opened = await bridge.workspace.openDocument(path);
    const doc = toOpenDocument(opened);
    set((s) => ({ docs: { ...s.docs, [path]: doc }, active: path, selection: [], textSelection: null }));
    if (doc.history) await layoutMissing(path);
  } catch (error) {
    notifyError(error);
  }
}

/** The document as read from disk: a map to edit, an empty map for a text without one, or read-only when unreadable. */
export function toOpenDocument(opened: OpenedDocument): OpenDocument {
  const base = { path: opened.path, mapPath: opened.mapPath, text: opened.text, textSha256: opened.textSha256, saving: false };
  const read = opened.map;
  if (read.state === "invalid") {
    return { ...base, history: null, revision: read.revision, lost: [], approximate: [], reanchored: 0, readOnly: { ...read.error } };
  }
  if (read.state === "none") {
    const fileName = opened.path.split("/").pop() ?? opened.path;
    const map = emptyMap(slugOf(fileName), { file: fileName, sha256: opened.textSha256 });
    return { ...base, history: startHistory(map), revision: null, lost: [], approximate: [], reanchored: 0 };
  }
  return {
    ...base,
    history: startHistory(read.map),
    revision: read.revision,
    lost: read.lost,
    approximate: read.approximate,
    reanchored: read.reanchored,
  };
}

/** Boxes without a position (a new or imported map) are laid out once, as part of the loaded state. */
async function layoutMissing(path: string): Promise<void> {
  const map = get().docs[path]?.history?.present;
  if (!map) return;
  const missing = [...map.statements.map((s) => s.id), ...map.inferences.map((i) => i.id)].filter((id) => !map.layout[id]);
  if (missing.length === 0) return;
  const positions = await layoutInWorker(map);
  updateDoc(path, (doc) => {
    if (!doc.history || doc.history.present !== map) return doc;
    const layout = { ...map.layout };
    for (const id of missing) if (positions[id]) layout[id] = positions[id];
    const laidOut = { ...map, layout };
    return { ...doc, history: { ...doc.history, present: laidOut, saved: doc.history.saved === map ? laidOut : doc.history.saved } };
  });
}

export function updateDoc(path: string, change: (doc: OpenDocument) => OpenDocument): void {
  set((s) => {
    const doc = s.docs[path];
    return doc ? { docs: { ...s.docs, [path]: change(doc) } } : {};
  });
}

/**
 * Apply an edit to the active map as one undo step (or fold it into the running gesture). A refused edit
 * changes nothing and tells the user why. New boxes are placed near their neighbours; nothing else moves.
 */
export function applyEdit(label: MessageKey, perform: (map: ArgumentMap) => Edit, gesture?: string): string[] {
  const path = get().active;
  const doc = path ? get().docs[path] : undefined;
  if (!path || !doc?.history) return [];
  const result = perform(doc.history.present);
  if (!result.ok) {
    set({ notice: { tone: "error", key: `problem_${result.problem.replaceAll("-", "_")}` as MessageKey } });
    return [];
  }
  let map = result.map;
  const unplaced = result.created.filter((id) => !map.layout[id]);
  for (const id of unplaced) map = { ...map, layout: { ...map.layout, [id]: placeNear(map, id) } };
  const history = record(doc.history, label, map, gesture);
  updateDoc(path, (d) => ({ ...d, history }));
  afterChange(path);
  return result.created;
}

export function endGesture(): void {
  const path = get().active;
  if (path) updateDoc(path, (d) => (d.history ? { ...d, history: closeGesture(d.history) } : d));
}

export function undoActive(): void {
  stepHistory(undo);
}

export function redoActive(): void {
  stepHistory(redo);
}

function stepHistory(step: typeof undo): void {
  const path = get().active;
  if (!path) return;
  updateDoc(path, (d) => (d.history ? { ...d, history: step(d.history) } : d));
  const map = get().docs[path]?.history?.present;
  if (map) set((s) => ({ selection: s.selection.filter((id) => map.layout[id] !== undefined) }));
  afterChange(path);
}

/** The shell hears about unsaved changes from a store subscription (editor/dirtyTracking.ts), not from here. */
function afterChange(path: string): void {
  const doc = get().docs[path];
  if (doc?.history) scheduleRecovery(doc);
}

export function saveActive(options: { force?: boolean } = {}): Promise<boolean> {
  const path = get().active;
  return path ? saveDocument(path, options) : Promise.resolve(false);
}

/** Save one document's map; true when it was written (a conflict or a failure leaves it unsaved and says so). */
export async function saveDocument(path: string, options: { force?: boolean } = {}): Promise<boolean> {
  const doc = get().docs[path];
  const bridge = get().bridge;
  if (!doc?.history || !bridge || doc.saving) return false;
  const map = doc.history.present;
  updateDoc(path, (d) => ({ ...d, saving: true }));
  const base = options.force ? (doc.conflict?.revision ?? doc.revision) : doc.revision;
  try {
    const result = await bridge.workspace.saveMap(path, map, base);
    if (result.ok) {
      updateDoc(path, (d) => ({
        ...d,
        saving: false,
        revision: result.revision,
        conflict: undefined,
        history: d.history ? markSaved(d.history, map) : d.history,
      }));
      await bridge.workspace.clearRecovery(path);
      afterChange(path);
      set({ notice: { tone: "info", key: "saved" } });
      void refreshDocuments();
      return true;
    }
    if (result.reason === "conflict") {
      updateDoc(path, (d) => ({ ...d, saving: false, conflict: { revision: result.revision } }));
    } else {
      updateDoc(path, (d) => ({ ...d, saving: false }));
      set({ notice: { tone: "error", key: "saveFailed", values: { message: result.message } } });
    }
  } catch (error) {
    updateDoc(path, (d) => ({ ...d, saving: false }));
    notifyError(error);
  }
  return false;
}

/**
 * Take a document out of the open ones, its unsaved edits with it (the caller asked the user first), and its
 * recovery file, which would otherwise offer the dropped edits back after the next start.
 */
export async function dropDocument(path: string): Promise<void> {
  cancelRecovery(path);
  set((s) => {
    const { [path]: _dropped, ...rest } = s.docs;
    const active = s.active === path ? (Object.keys(rest)[0] ?? null) : s.active;
    return { docs: rest, active, selection: s.active === path ? [] : s.selection, textSelection: null };
  });
  await get().bridge?.workspace.clearRecovery(path);
}

export async function resolveConflict(choice: "reload" | "overwrite" | "copy" | "cancel"): Promise<void> {
  const path = get().active;
  const doc = path ? get().docs[path] : undefined;
  const bridge = get().bridge;
  if (!path || !doc?.history || !bridge) return;
  if (choice === "cancel") return updateDoc(path, (d) => ({ ...d, conflict: undefined }));
  if (choice === "overwrite") {
    await saveActive({ force: true });
    return;
  }
  if (choice === "copy") {
    const result = await bridge.workspace.saveMapCopy(path, doc.history.present);
    updateDoc(path, (d) => ({ ...d, conflict: undefined }));
    if (!result.ok) set({ notice: { tone: "error", key: "saveFailed", values: { message: result.message } } });
    return;
  }
  set((s) => {
    const { [path]: _dropped, ...rest } = s.docs;
    return { docs: rest };
  });
  await bridge.workspace.clearRecovery(path);
  await openDocument(path);
}

export function notifyError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  set({ notice: { tone: "error", key: "error", values: { message } } });
}
