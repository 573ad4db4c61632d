import { describe, expect, it, vi } from "vitest";
import type { ArgumapBridge, OpenedDocument, SaveResult } from "../../contract";
import { addStatement, anchorAt, isDirty, record, staleAnchors, undo } from "../../core";
import { fakeBridge, SAMPLE, sampleOpened, sampleText } from "../editor/testing";
import { type OpenDocument, useApp } from "./appStore";
import { saveDocument, toOpenDocument, workspaceChanged } from "./documentActions";
import { followText } from "./followText";

const PATH = `${SAMPLE}.txt`;
const POSTSCRIPT = "Naschrift van de redactie: dit stuk verscheen eerder in kortere vorm.\n\n";
const UNSAVED = "Helemaal onverwacht kwam de boodschap van Trump overigens niet.";
const REWORDED = sampleText.replace("Gebrek aan snelheid kan Trump", "Gebrek aan tempo kan Trump");
/** Words at the top (every span moves), one span reworded, one span's words replaced. */
const EDITED = `${POSTSCRIPT}${REWORDED.replace("Die tijd is voorbij.", "Die tijd is aangebroken.")}`;

/** The bundled op-ed as opened, with an unsaved statement marked in its (old) text. */
function openWithUnsavedEdit(): OpenDocument {
  const doc = toOpenDocument(sampleOpened());
  if (!doc.history) throw new Error("no history");
  const start = sampleText.indexOf(UNSAVED);
  const added = addStatement(doc.history.present, { text: "Onverwacht", anchors: [anchorAt(sampleText, start, start + UNSAVED.length)] });
  if (!added.ok) throw new Error(added.problem);
  return { ...doc, history: record(doc.history, "add", added.map) };
}

function present(doc: OpenDocument) {
  if (!doc.history) throw new Error("no history");
  return doc.history.present;
}

describe("an open document whose text changed on disk", () => {
  it("shows the new text, moves every span of the map into it and keeps the unsaved edit, as an unsaved map", () => {
    const followed = followText(openWithUnsavedEdit(), EDITED, "sha-2");
    expect(followed.text).toBe(EDITED);
    expect(followed.textSha256).toBe("sha-2");
    expect(followed.textChangedOnDisk).toBe(true);
    const map = present(followed);
    expect(map.source.sha256).toBe("sha-2");
    expect(staleAnchors(map, EDITED).map((l) => l.anchor.exact)).toEqual(["Die tijd is voorbij."]);
    const unsaved = map.statements.find((s) => s.text === "Onverwacht")?.anchors[0];
    expect(unsaved && EDITED.slice(unsaved.start, unsaved.end)).toBe(UNSAVED);
    expect(followed.history && isDirty(followed.history)).toBe(true);
  });

  it("lists the span it cannot find (kept in the map) and the span found with other words, and counts the moved ones", () => {
    const followed = followText(openWithUnsavedEdit(), EDITED, "sha-2");
    expect(followed.lost.map((l) => l.anchor.exact)).toEqual(["Die tijd is voorbij."]);
    expect(present(followed).statements.find((s) => s.id === followed.lost[0]?.statement)?.anchors).toHaveLength(1);
    expect(followed.approximate.map((a) => [a.before.exact, a.anchor.exact])).toEqual([
      ["Gebrek aan snelheid kan Trump niet worden verweten", "Gebrek aan tempo kan Trump niet worden verweten"],
    ]);
    // The bundled map's 29 spans and the unsaved one, less the lost one.
    expect(followed.reanchored).toBe(29);
  });

  it("an undo after the change still points into the new text", () => {
    const followed = followText(openWithUnsavedEdit(), EDITED, "sha-2");
    if (!followed.history) throw new Error("no history");
    const undone = undo(followed.history).present;
    expect(undone.source.sha256).toBe("sha-2");
    expect(staleAnchors(undone, EDITED).map((l) => l.anchor.exact)).toEqual(["Die tijd is voorbij."]);
  });

  it("keeps a span not yet checked listed with the words first marked, at its new place, after a second change", () => {
    const once = followText(openWithUnsavedEdit(), REWORDED, "sha-2");
    const twice = followText(once, `${POSTSCRIPT}${REWORDED}`, "sha-3");
    expect(twice.approximate).toHaveLength(1);
    expect(twice.approximate[0]?.before.exact).toBe("Gebrek aan snelheid kan Trump niet worden verweten");
    expect(twice.approximate[0]?.anchor.start).toBe((once.approximate[0]?.anchor.start ?? 0) + POSTSCRIPT.length);
    // The marked words are back: nothing left to check.
    expect(followText(twice, sampleText, "sha-4").approximate).toEqual([]);
  });

  it("a read-only document shows the new text", () => {
    const readOnly: OpenedDocument = {
      ...sampleOpened(),
      map: { state: "invalid", revision: "r1", raw: "{", error: { code: "json", message: "bad", line: 1, column: 2 } },
    };
    const followed = followText(toOpenDocument(readOnly), EDITED, "sha-2");
    expect(followed.text).toBe(EDITED);
    expect(followed.history).toBeNull();
  });

  it("the same text again (an editor touching the file, or our own save) changes nothing", () => {
    const doc = openWithUnsavedEdit();
    expect(followText(doc, EDITED, doc.textSha256)).toBe(doc);
  });
});

function bridgeWithText(text: string, sha: string, save?: SaveResult) {
  const fake = fakeBridge();
  const openDocument = vi.fn(async () => ({ ...sampleOpened(), text, textSha256: sha }));
  const workspace = { ...fake.workspace, openDocument, ...(save ? { saveMap: vi.fn(async () => save) } : {}) };
  return { bridge: { ...fake.bridge, workspace } as unknown as ArgumapBridge, openDocument };
}

describe("the app hears a text change on disk", () => {
  it("the open document follows its file, and the reader's selection (offsets into the old text) is cleared", async () => {
    const { bridge } = bridgeWithText(EDITED, "sha-2");
    useApp.setState({ bridge, docs: { [PATH]: openWithUnsavedEdit() }, active: PATH, textSelection: { start: 10, end: 20 } });
    await workspaceChanged({ kind: "changed", path: PATH });
    const doc = useApp.getState().docs[PATH];
    expect(doc?.text).toBe(EDITED);
    expect(doc && present(doc).source.sha256).toBe("sha-2");
    expect(useApp.getState().textSelection).toBeNull();
  });

  it("a save refused because the text changed makes the document follow it and says so", async () => {
    const refused: SaveResult = { ok: false, reason: "text-changed", textSha256: "sha-2", message: "changed" };
    const { bridge } = bridgeWithText(EDITED, "sha-2", refused);
    useApp.setState({ bridge, docs: { [PATH]: openWithUnsavedEdit() }, active: PATH, notice: null });
    expect(await saveDocument(PATH)).toBe(false);
    expect(useApp.getState().docs[PATH]?.text).toBe(EDITED);
    expect(useApp.getState().docs[PATH]?.saving).toBe(false);
    expect(useApp.getState().notice?.key).toBe("textChanged_saveRefused");
  });

  it("a change of a text that is not open reads nothing", async () => {
    const { bridge, openDocument } = bridgeWithText(EDITED, "sha-2");
    useApp.setState({ bridge, docs: {} });
    await workspaceChanged({ kind: "changed", path: PATH });
    expect(openDocument).not.toHaveBeenCalled();
  });
});
