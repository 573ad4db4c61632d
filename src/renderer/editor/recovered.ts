import type { MapRead, OpenedDocument, Recovery } from "../../contract";
import { emptyMap, reanchorMap, record, serializeMap, slugOf, startHistory } from "../../core";
import type { OpenDocument } from "../store/appStore";
import { toOpenDocument } from "../store/documentActions";

/** A recovery is worth offering unless the map on disk already holds the same map (it was saved after all). */
export function worthOffering(recovery: Recovery, onDisk: MapRead): boolean {
  if (onDisk.state !== "ok") return true;
  try {
    return serializeMap(onDisk.map) !== serializeMap(recovery.map);
  } catch {
    return true;
  }
}

/** Whether the map file changed after the unsaved edits began: then saving them is a conflict the user resolves. */
export function changedOnDisk(recovery: Recovery, onDisk: MapRead): boolean {
  return onDisk.revision !== recovery.baseRevision;
}

/**
 * The document with the recovered map as one unsaved edit on top of the map on disk, so Undo goes back to the
 * saved map. It keeps the revision the edits started from: if the file changed since, saving asks, never overwrites.
 * Spans are re-found when the text changed since the edits (as when a map is read).
 */
export function restoredDocument(opened: OpenedDocument, recovery: Recovery): OpenDocument {
  const doc = toOpenDocument(opened);
  const fileName = opened.path.split("/").pop() ?? opened.path;
  const saved = doc.history?.present ?? emptyMap(slugOf(fileName), { file: fileName, sha256: opened.textSha256 });
  const reanchored = reanchorMap(recovery.map, opened.text, opened.textSha256);
  const { readOnly: _dropped, ...editable } = doc;
  return {
    ...editable,
    history: record(startHistory(saved), "editor_label_recovered", reanchored.map),
    revision: recovery.baseRevision,
    lost: reanchored.lost,
    approximate: reanchored.approximate,
    reanchored: reanchored.changed,
  };
}
