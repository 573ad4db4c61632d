import { copyFile, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serializeMap } from "../../core";
import { BUNDLED_TEXTS, makeWorkspace, readSampleText, sampleMap, type TempWorkspace } from "../../workspace/testing";
import { EXIT, runCaptured } from "../testing";

const MAP_FILE = "osinga-europa-niet-aan-tafel-2025-02.argmap.json";
const BASE = "osinga-europa-niet-aan-tafel-2025-02";

describe("argumap export", () => {
  let ws: TempWorkspace;
  beforeEach(async () => {
    ws = await makeWorkspace();
    await writeFile(path.join(ws.root, MAP_FILE), serializeMap(sampleMap(await readSampleText())));
  });
  afterEach(() => ws.remove());
  const written = (name: string) => readFile(path.join(ws.root, name));

  it("writes an SVG beside the map, named after its text, and prints its path", async () => {
    const run = await runCaptured(["export", MAP_FILE, "--format", "svg"], ws.root);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toBe(`${BASE}.svg\n`);
    expect(run.stderr).toContain("laying out 5 statements");
    const svg = (await written(`${BASE}.svg`)).toString("utf8");
    expect(svg).toContain(">Trump geeft vooraf dingen weg<");
    expect(svg).toContain(">stelling · Frans Osinga<");
  });

  it("writes a 2x PNG, a Letter landscape PDF and a greyscale selection where --out says", async () => {
    expect((await runCaptured(["export", MAP_FILE, "--format=png", "--scale", "2"], ws.root)).stdout).toBe(`${BASE}@2x.png\n`);
    expect((await written(`${BASE}@2x.png`)).subarray(1, 4).toString("latin1")).toBe("PNG");
    const pdf = await runCaptured(
      ["export", MAP_FILE, "--format", "pdf", "--page", "letter", "--landscape", "--out", "hand-out.pdf"],
      ws.root,
    );
    expect(pdf).toMatchObject({ code: EXIT.ok, stdout: "hand-out.pdf\n" });
    expect((await written("hand-out.pdf")).toString("latin1")).toContain("/MediaBox [0 0 792 612]");
    await runCaptured(["export", MAP_FILE, "--format", "svg", "--greyscale", "--select", "s1,s2", "--out", "part.svg"], ws.root);
    const part = (await written("part.svg")).toString("utf8");
    expect([...part.matchAll(/data-statement="([^"]+)"/g)].map((m) => m[1])).toEqual(["s1", "s2"]);
  });

  it("writes a map's PDF in the orientation asked for, else in the one that needs fewer pages", async () => {
    const pages = (pdf: Buffer) => [...pdf.toString("latin1").matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) => m[1]?.trim());
    expect((await runCaptured(["export", MAP_FILE, "--format", "pdf", "--portrait", "--out", "staand.pdf"], ws.root)).code).toBe(EXIT.ok);
    expect(new Set(pages(await written("staand.pdf")))).toEqual(new Set(["0 0 595.28 841.89"]));
    expect((await runCaptured(["export", MAP_FILE, "--format", "pdf", "--out", "vrij.pdf"], ws.root)).code).toBe(EXIT.ok);
    expect(new Set(pages(await written("vrij.pdf")))).toEqual(new Set(["0 0 841.89 595.28"]));
    const both = await runCaptured(["export", MAP_FILE, "--format", "pdf", "--portrait", "--landscape"], ws.root);
    expect([both.code, both.stderr.split("\n")[0]]).toEqual([EXIT.usage, "argumap export: --landscape or --portrait, not both"]);
  });

  it("writes the viewer with the text beside the map, and the Dutch worksheet with the blanks asked for", async () => {
    await runCaptured(["export", MAP_FILE, "--format", "html"], ws.root);
    const html = (await written(`${BASE}.html`)).toString("utf8");
    expect(html).toMatch(
      /<mark class="span role-thesis" data-statement="s1"[^>]*>Europa zit niet aan tafel, maar moet wel de lasten dragen\.<\/mark>/,
    );
    const sheet = await runCaptured(["export", MAP_FILE, "--format", "worksheet", "--blank", "s2"], ws.root);
    expect(sheet.stdout).toBe(`${BASE}.werkblad.html\n`);
    expect((await written(`${BASE}.werkblad.html`)).toString("utf8")).toContain('<li value="1">Trump geeft vooraf dingen weg</li>');
    await runCaptured(["export", MAP_FILE, "--format", "worksheet", "--blank", "s2", "--no-answers"], ws.root);
    const copy = (await written(`${BASE}.werkblad.html`)).toString("utf8");
    expect(copy).not.toContain("Trump geeft vooraf dingen weg");
    expect(copy).toContain("<b>1.</b> ______");
  });

  it("writes Markdown, DOT, Argdown and AIF", async () => {
    for (const [format, name] of [
      ["md", `${BASE}.md`],
      ["dot", `${BASE}.dot`],
      ["argdown", `${BASE}.argdown`],
      ["aif", `${BASE}.aif.json`],
    ] as const) {
      const run = await runCaptured(["export", MAP_FILE, "--format", format], ws.root);
      expect([run.code, run.stdout], format).toEqual([EXIT.ok, `${name}\n`]);
      expect((await written(name)).length, format).toBeGreaterThan(50);
    }
    expect((await written(`${BASE}.md`)).toString("utf8")).toMatch(/^# Europa niet aan tafel\n/);
  });

  it("the viewer of a map whose text is missing still works, with a warning", async () => {
    const map = sampleMap(await readSampleText());
    await writeFile(path.join(ws.root, "elders.argmap.json"), serializeMap({ ...map, source: { ...map.source, file: "weg.txt" } }));
    const run = await runCaptured(["export", "elders.argmap.json", "--format", "html"], ws.root);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toContain('warning: the text "weg.txt" is not beside the map');
  });

  it("an unknown format is a usage error that lists the known ones", async () => {
    const run = await runCaptured(["export", MAP_FILE, "--format", "jpeg"], ws.root);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain('unknown format "jpeg"; the formats are: svg, png, pdf, html, md, dot, worksheet, argdown, aif');
  });

  it("a missing map file, a missing --format and bad option values are usage errors", async () => {
    const missing = await runCaptured(["export", "nergens.argmap.json", "--format", "svg"], ws.root);
    expect([missing.code, missing.stderr.split("\n")[0]]).toEqual([EXIT.usage, "argumap export: nergens.argmap.json: no such file"]);
    expect((await runCaptured(["export", MAP_FILE], ws.root)).stderr).toContain("give --format, one of: svg, png");
    expect((await runCaptured(["export", MAP_FILE, "--format", "png", "--scale", "3"], ws.root)).code).toBe(EXIT.usage);
    expect((await runCaptured(["export", MAP_FILE, "--format", "pdf", "--page", "a3"], ws.root)).stderr).toContain(
      '--page is a4 or letter, not "a3"',
    );
    expect((await runCaptured(["export", MAP_FILE, "--format", "svg", "--frobnicate"], ws.root)).stderr).toContain(
      "unknown option --frobnicate",
    );
    expect((await runCaptured(["export"], ws.root)).code).toBe(EXIT.usage);
  });

  it("a --select naming a statement the map does not have is a usage error", async () => {
    const run = await runCaptured(["export", MAP_FILE, "--format", "svg", "--select", "s1,s42"], ws.root);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("--select: the map has no statement s42");
  });

  it("a malformed map is reported as file:line:column, exit 1, and nothing is written", async () => {
    await writeFile(path.join(ws.root, "kapot.argmap.json"), '{\n  "format": "argumap",\n  "version": 1\n  "id": "x"\n}\n');
    const run = await runCaptured(["export", "kapot.argmap.json", "--format", "svg"], ws.root);
    expect(run.code).toBe(EXIT.problems);
    expect(run.stderr).toBe("kapot.argmap.json:4:3: invalid JSON: comma expected\n");
    expect(run.stdout).toBe("");
  });

  it("a file that cannot be written is exit 3", async () => {
    const run = await runCaptured(["export", MAP_FILE, "--format", "md", "--out", "geen/map/hier.md"], ws.root);
    expect(run.code).toBe(EXIT.failed);
    expect(run.stderr).toContain("cannot write geen/map/hier.md: ENOENT");
  });
});

describe("argumap export of the cross-author file: the workspace's handout", () => {
  let ws: TempWorkspace;
  let name = "";
  beforeEach(async () => {
    ws = await makeWorkspace();
    name = path.basename(ws.root);
    // Copies of the bundled maps: the handout reads the maps the cross-author file lists from beside it.
    const maps = (await readdir(BUNDLED_TEXTS)).filter((f) => f.endsWith(".argmap.json"));
    await Promise.all(maps.map((f) => copyFile(path.join(BUNDLED_TEXTS, f), path.join(ws.root, f))));
  });
  afterEach(() => ws.remove());
  const written = (file: string) => readFile(path.join(ws.root, file));

  it("writes the handout PDF beside the cross-author file, named after the workspace, on the paper asked for", async () => {
    const run = await runCaptured(["export", "workspace.argmap.json", "--format", "pdf", "--landscape"], ws.root);
    expect(run).toMatchObject({ code: EXIT.ok, stdout: `${name}.handout.pdf\n` });
    expect(run.stderr).toContain("rendering the handout PDF");
    const pdf = await written(`${name}.handout.pdf`);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(/\/MediaBox \[([^\]]+)\]/.exec(pdf.toString("latin1"))?.[1]?.trim().split(/\s+/).map(Number).map(Math.round)).toEqual([
      0, 0, 842, 595,
    ]);
    const letter = await runCaptured(["export", "workspace.argmap.json", "--format=pdf", "--page", "letter", "--out", "klas.pdf"], ws.root);
    expect(letter).toMatchObject({ code: EXIT.ok, stdout: "klas.pdf\n" });
    expect((await written("klas.pdf")).toString("latin1")).toContain("/MediaBox [0 0 612 792]");
  });

  it("writes the handout as Markdown and HTML, the same as the app's", async () => {
    expect((await runCaptured(["export", "workspace.argmap.json", "--format", "md"], ws.root)).stdout).toBe(`${name}.handout.md\n`);
    const md = (await written(`${name}.handout.md`)).toString("utf8");
    expect(md.startsWith("# Strijdpunten: wie zegt wat\n")).toBe(true);
    expect(md).toContain(
      "| 1. Treden de VS op als neutrale, geloofwaardige bemiddelaar? | − tegen: Nee: kan niet tegelijk partij en makelaar zijn",
    );
    await runCaptured(["export", "workspace.argmap.json", "--format", "html"], ws.root);
    expect((await written(`${name}.handout.html`)).toString("utf8")).toContain('<html lang="nl">');
  });

  it("prints the handout without a map it cannot read, with a warning", async () => {
    await rm(path.join(ws.root, "mousavi-europese-troepenmacht-oekraine.argmap.json"));
    const run = await runCaptured(["export", "workspace.argmap.json", "--format", "md"], ws.root);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toContain("warning: mousavi-europese-troepenmacht-oekraine.argmap.json is not there");
    expect((await written(`${name}.handout.md`)).toString("utf8")).toContain("(uitspraak niet gevonden)");
  });

  it("a map's format or a map's option for the handout is a usage error, and nothing is written", async () => {
    const svg = await runCaptured(["export", "workspace.argmap.json", "--format", "svg"], ws.root);
    expect(svg.code).toBe(EXIT.usage);
    expect(svg.stderr).toContain("workspace.argmap.json is the cross-author file: it exports as the handout, --format html, md, pdf");
    const select = await runCaptured(["export", "workspace.argmap.json", "--format", "pdf", "--select", "s1"], ws.root);
    expect(select.code).toBe(EXIT.usage);
    expect(select.stderr).toContain("--select is an option of a map's export; the handout takes --page, --landscape and --out");
    expect((await readdir(ws.root)).filter((f) => f.includes(".handout."))).toEqual([]);
  });
});
