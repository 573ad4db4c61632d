import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SaveResult } from "../../contract";
import { isDirty } from "../../core";
import { editedDocument, fakeBridge, SAMPLE, sampleOpened } from "../editor/testing";
import { useApp } from "../store/appStore";
import { saveMyVersionAsCopy } from "./conflictActions";

const PATH = `${SAMPLE}.txt`;
const COPY = `${SAMPLE}.copy-1.argmap.json`;
const MINE = "Poetin wint tijd";

/** The sample with one unsaved edit, whose save met a newer map on disk (revision r9). */
function inConflict(copied: SaveResult) {
  const fake = fakeBridge();
  const onDisk = sampleOpened();
  if (onDisk.map.state === "ok") onDisk.map.revision = "r9";
  const workspace = Object.assign(fake.workspace, {
    saveMapCopy: vi.fn(async () => copied),
    openDocument: vi.fn(async () => onDisk),
  });
  useApp.setState({ bridge: fake.bridge, docs: { [PATH]: { ...editedDocument(), conflict: { revision: "r9" } } }, active: PATH });
  return workspace;
}

const doc = () => useApp.getState().docs[PATH];
const hasMine = () => doc()?.history?.present.statements.some((s) => s.text === MINE);

describe("saving my version as a copy when the map changed on disk", () => {
  beforeEach(() => useApp.setState({ docs: {}, active: null }));

  it("writes my map as the copy, names its file, then shows the map on disk with nothing unsaved and no conflict", async () => {
    const workspace = inConflict({ ok: true, revision: "c1", path: COPY });
    const outcome = await saveMyVersionAsCopy();
    expect(outcome).toEqual({ ok: true, file: COPY });
    const [, written] = workspace.saveMapCopy.mock.calls[0] as unknown as [string, { statements: { text: string }[] }];
    expect(written.statements.some((s) => s.text === MINE)).toBe(true);
    expect(doc()?.conflict).toBeUndefined();
    expect(doc()?.revision).toBe("r9");
    expect(hasMine()).toBe(false);
    const history = doc()?.history;
    expect(history && isDirty(history)).toBe(false);
  });

  it("that cannot be written changes nothing: my edits stay unsaved and the conflict stays to be answered", async () => {
    const workspace = inConflict({ ok: false, reason: "io", message: "could not write it (ENOSPC)" });
    const outcome = await saveMyVersionAsCopy();
    expect(outcome).toEqual({ ok: false, message: "could not write it (ENOSPC)" });
    expect(workspace.openDocument).not.toHaveBeenCalled();
    expect(doc()?.conflict).toEqual({ revision: "r9" });
    expect(hasMine()).toBe(true);
  });
});
