import { afterEach, describe, expect, it, vi } from "vitest";
import osingaRaw from "../../../maps/osinga-europa-niet-aan-tafel-2025-02.argmap.json?raw";
import commentaarRaw from "../../../maps/trump-belt-poetin-commentaar-2025-02.argmap.json?raw";
import workspaceRaw from "../../../maps/workspace.argmap.json?raw";
import type { ArgumapBridge, DocumentSummary, OpenedDocument, SaveResult } from "../../contract";
import { type ArgumentMap, addLink, type CrossAuthorFile, deleteElements, readCrossAuthorFile, readMap, updateLink } from "../../core";
import { useApp } from "../store/appStore";
import { toOpenDocument } from "../store/documentActions";
import { applyCrossEdit, crossDirty, loadCrossAuthor, redoCross, resolveCrossConflict, saveCross, undoCross, useCross } from "./crossStore";
import { summarizeDangling } from "./dangling";

function parsed<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const workspace = (): CrossAuthorFile => parsed(readCrossAuthorFile(workspaceRaw));
const osinga = (): ArgumentMap => parsed(readMap(osingaRaw));
const commentaar = (): ArgumentMap => parsed(readMap(commentaarRaw));

const OSINGA = "osinga-europa-niet-aan-tafel-2025-02";
const COMMENTAAR = "trump-belt-poetin-commentaar-2025-02";

function summary(name: string, mapId: string): DocumentSummary {
  return { path: `${name}.txt`, mapPath: `${name}.argmap.json`, title: name, mapState: "ok", mapId };
}

function opened(name: string, map: ArgumentMap): OpenedDocument {
  return {
    path: `${name}.txt`,
    mapPath: `${name}.argmap.json`,
    text: "tekst",
    textSha256: "sha",
    map: { state: "ok", map, revision: "r", lost: [], approximate: [], reanchored: 0 },
  };
}

/** A workspace of two bundled op-eds and the bundled cross-author file; saving answers what the test says. */
function fakeWorkspace(options: { osingaMapPath?: string; save?: SaveResult } = {}) {
  const documents = [
    summary(COMMENTAAR, "trump-belt-poetin"),
    { ...summary(OSINGA, "osinga-europa"), mapPath: options.osingaMapPath ?? `${OSINGA}.argmap.json` },
  ];
  const api = {
    readCrossAuthor: vi.fn(async () => ({ state: "ok" as const, file: workspace(), revision: "rev1" })),
    listDocuments: vi.fn(async () => documents),
    openDocument: vi.fn(async (path: string) => (path.startsWith(OSINGA) ? opened(OSINGA, osinga()) : opened(COMMENTAAR, commentaar()))),
    saveCrossAuthor: vi.fn(async (): Promise<SaveResult> => options.save ?? { ok: true, revision: "rev2", path: "workspace.argmap.json" }),
  };
  const shell = { kind: "web" as const, saveFile: vi.fn(), setDirty: vi.fn() };
  const bridge = { workspace: api, shell, onWorkspaceEvent: () => () => {}, onMenuCommand: () => () => {} } as unknown as ArgumapBridge;
  useApp.setState({ bridge, docs: {}, notice: null });
  return { api, shell };
}

const refs = { from: { map: "osinga-europa", statement: "s4" }, to: { map: "trump-belt-poetin", statement: "s1" } };

function linkOsingaS4(): string[] {
  const maps = Object.fromEntries(Object.entries(useCross.getState().maps).map(([id, l]) => [id, l.map]));
  return applyCrossEdit("compare_label_addLink", (f) => addLink(f, { ...refs, relation: "contradicts", note: "waarom" }, maps));
}

afterEach(() => {
  useCross.setState({ history: null, revision: null, status: "idle", maps: {}, saving: false, conflict: undefined });
});

describe("the cross-author store", () => {
  it("loads the file and every map by its id, showing an open document's unsaved edits instead of the saved map", async () => {
    fakeWorkspace();
    const edited = deleteElements(osinga(), ["s4"]);
    if (!edited.ok) throw new Error(edited.problem);
    const doc = toOpenDocument(opened(OSINGA, osinga()));
    if (!doc.history) throw new Error("no history");
    useApp.setState({ docs: { [`${OSINGA}.txt`]: { ...doc, history: { ...doc.history, present: edited.map } } } });
    await loadCrossAuthor();
    const state = useCross.getState();
    expect(state.status).toBe("ready");
    expect(state.history?.present.links).toHaveLength(30);
    expect(Object.keys(state.maps).sort()).toEqual(["osinga-europa", "trump-belt-poetin"]);
    expect(state.maps["osinga-europa"]?.map).toBe(edited.map);
    expect(crossDirty()).toBe(false);
  });

  it("records an edit as one undo step, refuses a bad one with a notice, and undoes and redoes", async () => {
    const { shell } = fakeWorkspace();
    await loadCrossAuthor();
    expect(linkOsingaS4()).toEqual(["l31"]);
    expect(crossDirty()).toBe(true);
    expect(shell.setDirty).toHaveBeenLastCalledWith(true);
    expect(linkOsingaS4()).toEqual([]);
    expect(useApp.getState().notice).toEqual({ tone: "error", key: "problem_duplicate_link" });
    expect(useCross.getState().history?.past).toHaveLength(1);
    undoCross();
    expect(useCross.getState().history?.present.links).toHaveLength(30);
    expect(crossDirty()).toBe(false);
    redoCross();
    expect(useCross.getState().history?.present.links.at(-1)).toMatchObject({ id: "l31", relation: "contradicts", note: "waarom" });
  });

  it("folds typing a note into one undo step", async () => {
    fakeWorkspace();
    await loadCrossAuthor();
    for (const note of ["W", "Wa", "Waa"]) applyCrossEdit("compare_label_note", (f) => updateLink(f, "l1", { note }), "note:l1");
    expect(useCross.getState().history?.past).toHaveLength(1);
    undoCross();
    expect(useCross.getState().history?.present.links[0]?.note).toBe(workspace().links[0]?.note);
  });

  it("saves against the revision read, and a conflict waits for the user instead of overwriting", async () => {
    const { api } = fakeWorkspace({ save: { ok: false, reason: "conflict", revision: "rev9", message: "changed" } });
    await loadCrossAuthor();
    linkOsingaS4();
    await saveCross();
    expect(api.saveCrossAuthor).toHaveBeenLastCalledWith(expect.objectContaining({ links: expect.any(Array) }), "rev1");
    expect(useCross.getState().conflict).toEqual({ revision: "rev9" });
    expect(crossDirty()).toBe(true);
    api.saveCrossAuthor.mockResolvedValueOnce({ ok: true, revision: "rev10", path: "workspace.argmap.json" });
    await resolveCrossConflict("overwrite");
    expect(api.saveCrossAuthor).toHaveBeenLastCalledWith(expect.anything(), "rev9");
    expect(useCross.getState()).toMatchObject({ revision: "rev10", conflict: undefined });
    expect(crossDirty()).toBe(false);
  });

  it("follows a map file moved on disk to its new name as an unsaved step, keeping every link", async () => {
    fakeWorkspace({ osingaMapPath: "archief/osinga.argmap.json" });
    await loadCrossAuthor();
    const file = useCross.getState().history?.present;
    expect(file?.maps.find((m) => m.id === "osinga-europa")?.file).toBe("archief/osinga.argmap.json");
    expect(file?.links).toEqual(workspace().links);
    expect(crossDirty()).toBe(true);
    undoCross();
    expect(useCross.getState().history?.present.maps.find((m) => m.id === "osinga-europa")?.file).toBe(`${OSINGA}.argmap.json`);
  });
});

describe("the deletion guard's message", () => {
  it("names the relation and the other op-ed of each link, and each issue's question", () => {
    const found = summarizeDangling(workspace(), "osinga-europa", ["s3"], "en");
    expect(found?.links).toBe(2);
    expect(found?.positions).toBe(2);
    expect(found?.list).toContain("same claim Commentaar feb. 2025");
    expect(found?.list).toContain("contradicts Vijf conclusies");
    expect(found?.list).toContain("“Treden de VS op als neutrale, geloofwaardige bemiddelaar?”");
    expect(summarizeDangling(workspace(), "osinga-europa", ["s5"], "nl")).toBeNull();
  });
});
