import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readMap } from "../../core";
import { EXIT, runCaptured } from "../testing";

const DATA = fileURLToPath(new URL("../../../../shared/data/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../core/io/fixtures/", import.meta.url));

describe("argumap import", () => {
  let root: string;
  const inRoot = (name: string) => path.join(root, name);
  const mapAt = async (name: string) => {
    const read = readMap(await readFile(inRoot(name), "utf8"));
    if (!read.ok) throw new Error(read.error.message);
    return read.value;
  };

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "argumap-import-"));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("imports a microtext, anchoring in the .txt beside it, and lists the report on stderr", async () => {
    await copyFile(`${DATA}microtexts-en/micro_b001.xml`, inRoot("micro_b001.xml"));
    await copyFile(`${DATA}microtexts-en/micro_b001.txt`, inRoot("micro_b001.txt"));
    const run = await runCaptured(["import", "micro_b001.xml", "--out", "b001.argmap.json"], root);
    expect(run.code).toBe(EXIT.ok);
    const map = await mapAt("b001.argmap.json");
    const text = await readFile(inRoot("micro_b001.txt"), "utf8");
    expect(map).toMatchObject({
      id: "micro-b001",
      source: { file: "micro_b001.txt", sha256: createHash("sha256").update(text).digest("hex") },
    });
    expect(map.statements.every((s) => s.anchors.length === 1)).toBe(true);
    expect(run.stderr).toContain("micro_b001.xml: anchoring in micro_b001.txt");
    expect(run.stderr).toContain('micro_b001.xml: the map keeps no topic "waste_separation" or stance "pro" of the text');
    expect(run.stderr).toContain("wrote b001.argmap.json: 5 statements, 3 inferences (from microtext)");
    expect(run.stdout).toBe("");
  });

  it("imports AIF with --text from another folder; the map names the text relative to itself", async () => {
    await mkdir(inRoot("texts"));
    await mkdir(inRoot("maps"));
    await copyFile(`${DATA}aif/microtexts-nodeset6361.json`, inRoot("nodeset.json"));
    await copyFile(`${DATA}aif/microtexts-nodeset6361.txt`, inRoot("texts/waste.txt"));
    const run = await runCaptured(["import", "nodeset.json", "--text", "texts/waste.txt", "--out", "maps/waste.argmap.json"], root);
    expect(run.code).toBe(EXIT.ok);
    const map = await mapAt("maps/waste.argmap.json");
    expect(map.id).toBe("nodeset");
    expect(map.source.file).toBe("../texts/waste.txt");
    expect(map.inferences.map((i) => i.kind)).toEqual(["attack", "support", "attack"]);
  });

  it("imports Argdown, told by its extension, with the source from its front matter", async () => {
    await copyFile(`${DATA}argdown/state-censorship.argdown`, inRoot("state-censorship.argdown"));
    const run = await runCaptured(["import", "state-censorship.argdown", "--out", "censorship.argmap.json"], root);
    expect(run.code).toBe(EXIT.ok);
    // No text beside it: the map names the text it expects beside itself.
    expect((await mapAt("censorship.argmap.json")).source).toMatchObject({ file: "censorship.txt", title: "Censorship from the State" });
  });

  it("accepts a version-0 Argumap map with --format argumap and writes it at the current version", async () => {
    await copyFile(`${FIXTURES}version0.argmap.json`, inRoot("old.json"));
    const run = await runCaptured(["import", "old.json", "--format", "argumap", "--out", "new.argmap.json"], root);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toContain("old.json: read a version-0 Argumap map and brought it up to the current version");
    const written = JSON.parse(await readFile(inRoot("new.argmap.json"), "utf8")) as Record<string, unknown>;
    expect(written).toMatchObject({ format: "argumap", version: 1, id: "kort-stuk", layout: { s2: { x: -120.5, y: 140 } } });
  });

  it("leaves an existing map alone without --force (exit 2) and replaces it with --force", async () => {
    await copyFile(`${DATA}argdown/argdown-primer.argdown`, inRoot("primer.argdown"));
    await writeFile(inRoot("primer.argmap.json"), "keep me");
    const refused = await runCaptured(["import", "primer.argdown", "--out", "primer.argmap.json"], root);
    expect(refused.code).toBe(EXIT.usage);
    expect(refused.stderr).toContain("primer.argmap.json exists; give --force to overwrite it");
    expect(await readFile(inRoot("primer.argmap.json"), "utf8")).toBe("keep me");
    const forced = await runCaptured(["import", "primer.argdown", "--out", "primer.argmap.json", "--force"], root);
    expect(forced.code).toBe(EXIT.ok);
    expect((await mapAt("primer.argmap.json")).statements).toHaveLength(20);
  });

  it("a missing file is a usage error (exit 2)", async () => {
    const run = await runCaptured(["import", "nothing.json", "--out", "x.argmap.json"], root);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("argumap import: nothing.json: no such file");
  });

  it("a missing --text is a usage error too", async () => {
    await copyFile(`${DATA}aif/microtexts-nodeset6361.json`, inRoot("n.json"));
    const run = await runCaptured(["import", "n.json", "--text", "gone.txt", "--out", "x.argmap.json"], root);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("gone.txt: no such file");
  });

  it("malformed JSON fails the conversion (exit 1) with file:line:column, and writes nothing", async () => {
    await writeFile(inRoot("bad.json"), '{\n  "nodes": [\n    { "nodeID": "1", }\n  ]\n}\n');
    const run = await runCaptured(["import", "bad.json", "--out", "bad.argmap.json"], root);
    expect(run.code).toBe(EXIT.problems);
    expect(run.stderr).toMatch(/^bad\.json:3:\d+: invalid JSON/m);
    await expect(readFile(inRoot("bad.argmap.json"), "utf8")).rejects.toThrow();
  });

  it("an Argdown syntax error fails with its place", async () => {
    await writeFile(inRoot("bad.argdown"), "[a]: foo\n  + <b: bar\n (1) x\n----\n");
    const run = await runCaptured(["import", "bad.argdown", "--out", "bad.argmap.json"], root);
    expect(run.code).toBe(EXIT.problems);
    expect(run.stderr).toMatch(/^bad\.argdown:3:1: Argdown: /m);
  });

  it("an unknown --format is a usage error naming the formats", async () => {
    await writeFile(inRoot("a.json"), "{}");
    const run = await runCaptured(["import", "a.json", "--format", "rdf", "--out", "a.argmap.json"], root);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain('unknown format "rdf": use aif, argdown, microtext, argumap');
  });

  it("a file whose format cannot be told asks for --format", async () => {
    await writeFile(inRoot("notes.txt"), "just words");
    const run = await runCaptured(["import", "notes.txt", "--out", "n.argmap.json"], root);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain("notes.txt: cannot tell the format from its name or content; give --format");
  });

  it.each([
    [["import"], "give the FILE to import"],
    [["import", "a.json"], "give the map to write with --out MAP"],
    [["import", "a.json", "b.json", "--out", "x"], "one FILE at a time, not 2"],
    [["import", "a.json", "--out"], "--out needs a value"],
  ])("%j is a usage error: %s", async (argv, message) => {
    const run = await runCaptured(argv, root);
    expect(run.code).toBe(EXIT.usage);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("usage: argumap import FILE --out MAP");
  });

  it("--help explains the formats and the exit codes", async () => {
    const run = await runCaptured(["import", "--help"], root);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toMatch(/^usage: argumap import/);
    for (const word of ["aif", "argdown", "microtext", "argumap", "Exit codes"]) expect(run.stdout).toContain(word);
  });
});
