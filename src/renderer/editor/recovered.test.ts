import { describe, expect, it } from "vitest";
import type { MapRead, OpenedDocument, Recovery } from "../../contract";
import { type ArgumentMap, addStatement, canUndo, isDirty, undo } from "../../core";
import { changedOnDisk, restoredDocument, worthOffering } from "./recovered";
import { SAMPLE as NAME, sampleMapRead, sampleText as text } from "./testing";

const saved: ArgumentMap = sampleMapRead();
const added = addStatement(saved, { text: "Poetin wint tijd", anchors: [] });
if (!added.ok) throw new Error(added.problem);
const edited = added.map;

const onDisk: MapRead = { state: "ok", map: saved, revision: "r1", lost: [], approximate: [], reanchored: 0 };
const opened: OpenedDocument = { path: `${NAME}.txt`, mapPath: `${NAME}.argmap.json`, text, textSha256: "sha", map: onDisk };
const recovery: Recovery = { path: `${NAME}.txt`, map: edited, baseRevision: "r1", savedAt: "2025-03-01T10:00:00.000Z" };

describe("unsaved edits recovered after a crash", () => {
  it("are offered when they differ from the map on disk, and not when that map holds them already", () => {
    expect(worthOffering(recovery, onDisk)).toBe(true);
    expect(worthOffering({ ...recovery, map: saved }, onDisk)).toBe(false);
    expect(worthOffering(recovery, { state: "none", revision: null })).toBe(true);
  });

  it("come back as one unsaved edit on top of the saved map: dirty, and Undo returns the map on disk", () => {
    const doc = restoredDocument(opened, recovery);
    if (!doc.history) throw new Error("no history");
    expect(doc.history.present.statements.map((s) => s.text)).toContain("Poetin wint tijd");
    expect(isDirty(doc.history)).toBe(true);
    expect(canUndo(doc.history)).toBe(true);
    expect(undo(doc.history).present).toBe(saved);
    expect(doc.revision).toBe("r1");
  });

  it("keep the revision they started from when the file changed since, so saving them is a conflict", () => {
    const newer: MapRead = { ...onDisk, revision: "r2" };
    expect(changedOnDisk(recovery, newer)).toBe(true);
    expect(restoredDocument({ ...opened, map: newer }, recovery).revision).toBe("r1");
  });

  it("make an unreadable map editable again, on top of an empty map", () => {
    const invalid: MapRead = {
      state: "invalid",
      revision: "r3",
      raw: "{",
      error: { code: "syntax", message: "x", line: 1, column: 1, problems: [] },
    };
    const doc = restoredDocument({ ...opened, map: invalid }, recovery);
    expect(doc.readOnly).toBeUndefined();
    expect(doc.history?.present.statements).toHaveLength(edited.statements.length);
    expect(doc.history && undo(doc.history).present.statements).toEqual([]);
  });
});
