import type { OpenedDocument, WorkspaceEvent } from "../../contract";
import {
  type ArgumentMap,
  cancelGesture,
  closeGesture,
  type Edit,
  emptyMap,
  markSaved,
  placeNear,
  record,
  redo,
  shiftClear,
  slugOf,
  startHistory,
  undo,
} from "../../core";
import { announceArrival } from "../canvas/arrivals";
import type { MessageKey } from "../i18n";
import { layoutInWorker } from "../layout/layoutClient";
import { type OpenDocument, useApp } from "./appStore";
import { followText } from "./followText";
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

/** Something in the workspace changed on disk: the documents list is read again, and an open text follows its file. */
export async function workspaceChanged(event: WorkspaceEvent): Promise<void> {
  const following = event.kind !== "removed" && get().docs[event.path] ? followTextOnDisk(event.path) : undefined;
  await Promise.all([refreshDocuments(), following]);
}

const textReads = new Map<string, Promise<void>>();

/**
 * Read an open document's text again and, when it changed, let the document follow it (store/followText.ts). One
 * read at a time per text, so that an older read cannot land after a newer one.
 */
export function followTextOnDisk(path: string): Promise<void> {
  const previous = textReads.get(path) ?? Promise.resolve();
  const next = previous.then(() => readTextAgain(path)).catch(notifyError);
  textReads.set(path, next);
  void next.finally(() => {
    if (textReads.get(path) === next) textReads.delete(path);
  });
  return next;
}

async function readTextAgain(path: string): Promise<void> {
  const bridge = get().bridge;
  if (!bridge || !get().docs[path]) return;
  const opened = await bridge.workspace.openDocument(path);
  const doc = get().docs[path];
  if (!doc || doc.textSha256 === opened.textSha256) return;
  updateDoc(path, (d) => followText(d, opened.text, opened.textSha256));
  // A selection in the reader is offsets into the old text.
  if (get().active === path) set({ textSelection: null });
  afterChange(path);
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
 * changes nothing and tells the user why. New boxes are placed near their neighbours, and boxes that came with a
 * place (a paste) move together off any they would lie on; nothing else moves. The canvas then shows the new
 * boxes (canvas/arrivals.ts).
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
  const shift = shiftClear(
    map,
    result.created.filter((id) => map.layout[id]),
  );
  if (shift) map = shifted(map, result.created, shift);
  for (const id of unplaced) map = { ...map, layout: { ...map.layout, [id]: placeNear(map, id) } };
  const history = record(doc.history, label, map, gesture);
  updateDoc(path, (d) => ({ ...d, history }));
  afterChange(path);
  announceArrival(result.created);
  return result.created;
}

function shifted(map: ArgumentMap, ids: readonly string[], by: { x: number; y: number }): ArgumentMap {
  const layout = { ...map.layout };
  for (const id of ids) {
    const p = layout[id];
    if (p) layout[id] = { x: p.x + by.x, y: p.y + by.y };
  }
  return { ...map, layout };
}

/** Take back a gesture under way in the active document, e.g. a wording typed and then escaped. */
export function cancelActiveGesture(gesture: string): void {
  const path = get().active;
  if (!path) return;
  updateDoc(path, (d) => (d.history ? { ...d, history: cancelGesture(d.history, gesture) } : d));
  afterChange(path);
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
    } else if (result.reason === "text-changed") {
      // The text changed before its change was heard of: follow it now, and let the user look before saving again.
      updateDoc(path, (d) => ({ ...d, saving: false }));
      await followTextOnDisk(path);
      set({ notice: { tone: "error", key: "textChanged_saveRefused", values: { file: path } } });
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

/** "Save my version as a copy" is panels/conflictActions.ts: it writes the copy, then reloads through here. */
export async function resolveConflict(choice: "reload" | "overwrite" | "cancel"): Promise<void> {
  const path = get().active;
  const doc = path ? get().docs[path] : undefined;
  const bridge = get().bridge;
  if (!path || !doc?.history || !bridge) return;
  if (choice === "cancel") return updateDoc(path, (d) => ({ ...d, conflict: undefined }));
  if (choice === "overwrite") {
    await saveActive({ force: true });
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
