import { vi } from "vitest";
import sampleMap from "../../../maps/trump-belt-poetin-commentaar-2025-02.argmap.json?raw";
import sampleText from "../../../maps/trump-belt-poetin-commentaar-2025-02.txt?raw";
import type { ArgumapBridge, OpenedDocument } from "../../contract";
import { addStatement, readMap } from "../../core";
import type { OpenDocument } from "../store/appStore";
import { toOpenDocument } from "../store/documentActions";

/** Test helpers of the editor (the renderer may not read files: the bundled sample comes in as module text). */
export const SAMPLE = "trump-belt-poetin-commentaar-2025-02";
export { sampleText };

export function sampleMapRead() {
  const read = readMap(sampleMap);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** A bundled text and its map, as the workspace hands them to the renderer. */
export function sampleOpened(): OpenedDocument {
  return {
    path: `${SAMPLE}.txt`,
    mapPath: `${SAMPLE}.argmap.json`,
    text: sampleText,
    textSha256: "sha",
    map: { state: "ok", map: sampleMapRead(), revision: "r1", lost: [], approximate: [], reanchored: 0 },
  };
}

/** The sample document with one unsaved edit. */
export function editedDocument(): OpenDocument {
  const doc = toOpenDocument(sampleOpened());
  if (!doc.history) throw new Error("no history");
  const added = addStatement(doc.history.present, { text: "Poetin wint tijd", anchors: [] });
  if (!added.ok) throw new Error(added.problem);
  return { ...doc, history: { ...doc.history, past: [{ label: "", state: doc.history.present }], present: added.map } };
}

/** A bridge whose calls are recorded; saving succeeds. */
export function fakeBridge() {
  const workspace = {
    saveMap: vi.fn(async () => ({ ok: true as const, revision: "r2", path: `${SAMPLE}.argmap.json` })),
    clearRecovery: vi.fn(async () => undefined),
    writeRecovery: vi.fn(async () => undefined),
    listDocuments: vi.fn(async () => []),
  };
  const shell = { kind: "web" as const, saveFile: vi.fn(), setDirty: vi.fn() };
  const bridge = { workspace, shell, onWorkspaceEvent: () => () => {}, onMenuCommand: () => () => {} } as unknown as ArgumapBridge;
  return { bridge, workspace, shell };
}
