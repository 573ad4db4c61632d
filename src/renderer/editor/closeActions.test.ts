import { beforeEach, describe, expect, it } from "vitest";
import { useApp } from "../store/appStore";
import { toOpenDocument } from "../store/documentActions";
import { answerClose, requestClose } from "./closeActions";
import { useEditor } from "./editorStore";
import { editedDocument, fakeBridge, SAMPLE, sampleOpened } from "./testing";

const PATH = `${SAMPLE}.txt`;

function openWith(doc: ReturnType<typeof editedDocument>) {
  const fake = fakeBridge();
  useApp.setState({ bridge: fake.bridge, docs: { [PATH]: doc }, active: PATH, selection: ["s1"] });
  useEditor.setState({ closing: null });
  return fake;
}

describe("closing a document", () => {
  beforeEach(() => useApp.setState({ docs: {}, active: null }));

  it("without unsaved changes closes at once and leaves no recovery behind", async () => {
    const fake = openWith(toOpenDocument(sampleOpened()));
    requestClose(PATH);
    await expect.poll(() => useApp.getState().docs[PATH]).toBeUndefined();
    expect(useEditor.getState().closing).toBeNull();
    expect(useApp.getState().active).toBeNull();
    expect(fake.workspace.clearRecovery).toHaveBeenCalledWith(PATH);
  });

  it("with unsaved changes asks first, and Cancel keeps it open with its edits", async () => {
    const fake = openWith(editedDocument());
    requestClose(PATH);
    expect(useEditor.getState().closing).toBe(PATH);
    expect(useApp.getState().docs[PATH]).toBeDefined();
    await answerClose("cancel");
    expect(useApp.getState().docs[PATH]?.history?.present.statements.some((s) => s.text === "Poetin wint tijd")).toBe(true);
    expect(fake.workspace.saveMap).not.toHaveBeenCalled();
  });

  it("Discard drops the edits and their recovery file without saving", async () => {
    const fake = openWith(editedDocument());
    requestClose(PATH);
    await answerClose("discard");
    expect(useApp.getState().docs[PATH]).toBeUndefined();
    expect(fake.workspace.saveMap).not.toHaveBeenCalled();
    expect(fake.workspace.clearRecovery).toHaveBeenCalledWith(PATH);
  });

  it("Save writes the map, then closes", async () => {
    const fake = openWith(editedDocument());
    requestClose(PATH);
    await answerClose("save");
    expect(fake.workspace.saveMap).toHaveBeenCalledTimes(1);
    expect(useApp.getState().docs[PATH]).toBeUndefined();
  });

  it("Save that meets a conflict keeps the document open, for the conflict to be resolved", async () => {
    const fake = openWith(editedDocument());
    fake.workspace.saveMap.mockResolvedValueOnce({ ok: false, reason: "conflict", revision: "r9", message: "changed" } as never);
    requestClose(PATH);
    await answerClose("save");
    expect(useApp.getState().docs[PATH]?.conflict).toEqual({ revision: "r9" });
    expect(useApp.getState().active).toBe(PATH);
  });
});
