import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readBundledWorkspace } from "../../../mapping/bundledWorkspace";
import {
  EXPORT_FORMAT_IDS,
  type ExportRequest,
  type ExportResult,
  HANDOUT_FORMAT_IDS,
  type HandoutRequest,
  type WorkspaceCall,
} from "../../contract";
import { type ArgumentMap, updateStatement } from "../../core";
import { createWorkspaceHandlers, type WorkspaceHandler } from "../handlers";
import { applied, makeWorkspace, readSampleText, SAMPLE_TEXT, sampleMap, type TempWorkspace } from "../testing";
import { EXPORT_FORMAT_NAMES, HANDOUT_FORMAT_NAMES } from "./formats";

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe("exportMap over the handler table (the app's export)", () => {
  let ws: TempWorkspace;
  let handle: WorkspaceHandler;
  let map: ArgumentMap;
  beforeEach(async () => {
    ws = await makeWorkspace();
    handle = createWorkspaceHandlers(ws.root);
    map = sampleMap(await readSampleText());
  });
  afterEach(() => ws.remove());

  const exported = async (request: ExportRequest, which: ArgumentMap = map): Promise<Extract<ExportResult, { ok: true }>> => {
    const reply = await handle({ method: "exportMap", args: [SAMPLE_TEXT, which, request] });
    if (!reply.ok) throw new Error(reply.message);
    const result = reply.value as ExportResult;
    if (!result.ok) throw new Error(result.message);
    return result;
  };

  it("offers exactly the formats the workspace can make", () => {
    expect([...EXPORT_FORMAT_IDS].sort()).toEqual([...EXPORT_FORMAT_NAMES].sort());
  });

  it("exports the map it is given, unsaved edits included, and writes nothing into the workspace", async () => {
    const before = await readdir(ws.root);
    const edited = applied(updateStatement(map, "s1", { text: "Europa betaalt maar beslist niet mee" }));
    const md = await exported({ format: "md" }, edited);
    expect(md).toMatchObject({ fileName: "osinga-europa-niet-aan-tafel-2025-02.md", mime: "text/markdown", encoding: "utf8" });
    expect(md.data).toContain("Europa betaalt maar beslist niet mee");
    // The viewer carries the source text, read from the workspace.
    const html = await exported({ format: "html" }, edited);
    expect(html.data).toContain("Europa zit niet aan tafel");
    expect(await readdir(ws.root)).toEqual(before);
  });

  it("sends PNG and PDF as base64: a 2x PNG is twice the size of a 1x, a landscape A4 PDF is wider than high", async () => {
    const one = await exported({ format: "png", scale: 1 });
    const two = await exported({ format: "png", scale: 2 });
    expect([one.encoding, one.fileName, two.fileName]).toEqual([
      "base64",
      "osinga-europa-niet-aan-tafel-2025-02.png",
      "osinga-europa-niet-aan-tafel-2025-02@2x.png",
    ]);
    const [small, large] = [pngSize(Buffer.from(one.data, "base64")), pngSize(Buffer.from(two.data, "base64"))];
    expect(large).toEqual({ width: 2 * small.width, height: 2 * small.height });
    const pdf = Buffer.from((await exported({ format: "pdf", page: "a4", landscape: true })).data, "base64");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const box = /\/MediaBox \[([^\]]+)\]/.exec(pdf.toString("latin1"))?.[1]?.trim().split(/\s+/).map(Number);
    expect(box?.map(Math.round)).toEqual([0, 0, 842, 595]);
  });

  it("draws only the selection, and blanks the chosen statements of a worksheet", async () => {
    const svg = await exported({ format: "svg", selection: ["s1", "s4"] });
    expect(svg.data).toContain('data-statement="s4"');
    expect(svg.data).not.toContain('data-statement="s2"');
    const sheet = await exported({ format: "worksheet", blank: ["s4"] });
    const [exercise, key] = sheet.data.split('<section class="answers">');
    expect(exercise).not.toContain("Amerika steunt Europa nog");
    expect(key).toContain("Amerika steunt Europa nog");
    const copy = await exported({ format: "worksheet", blank: ["s4"], answerKey: false });
    expect(copy.data).not.toContain("Amerika steunt Europa nog");
  });

  it("answers a selection naming a statement the map lacks, and an invalid map, with a reason", async () => {
    const unknown = await handle({ method: "exportMap", args: [SAMPLE_TEXT, map, { format: "svg", selection: ["s1", "s99"] }] });
    expect(unknown).toMatchObject({ ok: true, value: { ok: false, reason: "unknown-statement", message: expect.stringContaining("s99") } });
    const broken = { ...map, inferences: [...map.inferences, { id: "i9", kind: "support", premises: ["s2"], target: "nowhere" }] };
    const invalid = await handle({ method: "exportMap", args: [SAMPLE_TEXT, broken, { format: "md" }] });
    expect(invalid).toMatchObject({ ok: true, value: { ok: false, reason: "invalid" } });
  });

  it.each([
    ["an unknown format", { format: "jpeg" }],
    ["a scale of 3", { format: "png", scale: 3 }],
    ["an option no format has", { format: "svg", colour: "pink" }],
  ])("refuses %s before anything is drawn", async (_name, request) => {
    const reply = await handle({ method: "exportMap", args: [SAMPLE_TEXT, map, request] } as WorkspaceCall);
    expect(reply).toMatchObject({ ok: false, status: 400, message: expect.stringContaining("bad arguments for exportMap") });
  });

  it("refuses a text outside the workspace", async () => {
    const reply = await handle({ method: "exportMap", args: ["../secret.txt", map, { format: "md" }] });
    expect(reply).toMatchObject({ ok: false, status: 403 });
  });
});

describe("exportHandout over the handler table (the app's handout of the workspace)", () => {
  let ws: TempWorkspace;
  let handle: WorkspaceHandler;
  beforeEach(async () => {
    ws = await makeWorkspace();
    handle = createWorkspaceHandlers(ws.root);
  });
  afterEach(() => ws.remove());
  const { file, maps } = readBundledWorkspace();

  const handout = async (request: HandoutRequest, given = maps): Promise<Extract<ExportResult, { ok: true }>> => {
    const reply = await handle({ method: "exportHandout", args: [file, given, request] });
    if (!reply.ok) throw new Error(reply.message);
    const result = reply.value as ExportResult;
    if (!result.ok) throw new Error(result.message);
    return result;
  };

  it("offers exactly the handout formats the workspace can make", () => {
    expect([...HANDOUT_FORMAT_IDS].sort()).toEqual([...HANDOUT_FORMAT_NAMES].sort());
  });

  it("makes the handout of the maps it is given, unsaved edits included, named after the workspace, writing nothing", async () => {
    const before = await readdir(ws.root);
    const osinga = maps["osinga-europa"];
    if (!osinga) throw new Error("the bundled workspace lacks osinga-europa");
    const edited = { ...maps, "osinga-europa": applied(updateStatement(osinga, "s2", { text: "Hegseth gaf Oekraïens gebied al weg" })) };
    const md = await handout({ format: "md" }, edited);
    expect(md).toMatchObject({ fileName: `${path.basename(ws.root)}.handout.md`, mime: "text/markdown", encoding: "utf8" });
    // The edited wording, as the analyst's words: not between quotation marks.
    expect(md.data).toContain("**Analyse Osinga:** Hegseth gaf Oekraïens gebied al weg\n");
    expect((await handout({ format: "html" })).data).toContain("<table>");
    expect(await readdir(ws.root)).toEqual(before);
  });

  it("sends the PDF as base64 on the paper asked for", async () => {
    const made = await handout({ format: "pdf", page: "letter", landscape: true });
    expect([made.fileName, made.mime, made.encoding]).toEqual([`${path.basename(ws.root)}.handout.pdf`, "application/pdf", "base64"]);
    const pdf = Buffer.from(made.data, "base64");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(/\/MediaBox \[([^\]]+)\]/.exec(pdf.toString("latin1"))?.[1]?.trim()).toBe("0 0 792 612");
  });

  it.each([
    ["an unknown format", [file, maps, { format: "docx" }]],
    ["a map option", [file, maps, { format: "pdf", greyscale: true }]],
    ["a cross-author file of another shape", [{ ...file, links: "none" }, maps, { format: "md" }]],
  ])("refuses %s before anything is made", async (_name, args) => {
    const reply = await handle({ method: "exportHandout", args } as WorkspaceCall);
    expect(reply).toMatchObject({ ok: false, status: 400, message: expect.stringContaining("bad arguments for exportHandout") });
  });
});
