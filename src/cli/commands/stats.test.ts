import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addStatement, anchorAt, connect, emptyMap, serializeMap } from "../../core";
import { applied, makeWorkspace, type TempWorkspace } from "../../workspace/testing";
import type { MapStats } from "../mapStats";
import { EXIT, runCaptured } from "../testing";

/** Six sentences (one crosses a hard line break, one is a heading); the map touches four of them. */
const TEXT =
  "Europa moet zelf betalen. Amerika trekt zich\nterug uit Europa. Dat zegt de minister!\n\nEen kop\n\nIs dat zo? Ja, zegt Kees.\n";

function smallMap() {
  const span = (quote: string) => [anchorAt(TEXT, TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length)];
  let map = emptyMap("klein", { file: "klein.txt", language: "nl", title: "Klein" });
  map = applied(addStatement(map, { text: "Europa betaalt", anchors: span("Europa moet zelf betalen"), central: true }));
  map = applied(addStatement(map, { text: "Amerika trekt zich terug", anchors: span("Amerika trekt zich\nterug uit Europa") }));
  map = applied(addStatement(map, { text: "Wie zich terugtrekt, betaalt niet" }));
  map = applied(connect(map, { kind: "support", premises: ["s2", "s3"], target: "s1" }));
  map = applied(addStatement(map, { text: "Kees twijfelt", anchors: span("Ja, zegt Kees"), speaker: "Kees" }));
  map = applied(connect(map, { kind: "attack", premises: ["s4"], target: "s1" }));
  map = applied(addStatement(map, { text: "Het is maar een minister", anchors: span("Dat zegt de minister"), speaker: "de minister" }));
  return applied(connect(map, { kind: "attack", premises: ["s5"], target: "i1" }));
}

describe("argumap stats", () => {
  let ws: TempWorkspace;
  beforeEach(async () => {
    ws = await makeWorkspace();
    await writeFile(path.join(ws.root, "klein.txt"), TEXT);
    await writeFile(path.join(ws.root, "klein.argmap.json"), serializeMap(smallMap()));
  });
  afterEach(() => ws.remove());

  it("counts a small map: statements, inferences by kind, linked, implicit, speakers, coverage, unanswered", async () => {
    const run = await runCaptured(["stats", "--json", "klein.argmap.json"], ws.root);
    expect(run.code).toBe(EXIT.ok);
    const [stats] = JSON.parse(run.stdout) as MapStats[];
    expect(stats).toEqual({
      file: "klein.argmap.json",
      id: "klein",
      title: "Klein",
      statements: 5,
      inferences: { support: 1, attack: 1, undercut: 1 },
      linked: 1,
      implicit: 1,
      speakers: { count: 2, names: ["de minister", "Kees"] },
      coverage: { sentences: 6, covered: 4, share: 4 / 6 },
      counterclaims: 1,
      unanswered: 1,
    });
  });

  it("prints a readable table with the speakers' names below it", async () => {
    const run = await runCaptured(["stats", "."], ws.root);
    expect(run.code).toBe(EXIT.ok);
    const [header, rule, row, blank, speakers] = run.stdout.split("\n");
    expect(header).toMatch(/^map +statements +support +attack +undercut +linked +implicit +speakers +coverage +unanswered$/);
    expect(rule).toMatch(/^-+( +-+){9}$/);
    expect(row?.split(/ {2,}/)).toEqual(["klein", "5", "1", "1", "1", "1", "1", "2", "67% (4/6)", "1/1"]);
    expect(blank).toBe("");
    expect(speakers).toBe("speakers in klein: de minister, Kees");
  });

  it("shows coverage as unknown when the text is missing, and reports an unreadable file with exit 1", async () => {
    await writeFile(path.join(ws.root, "zonder.argmap.json"), serializeMap({ ...smallMap(), id: "zonder", source: { file: "weg.txt" } }));
    await writeFile(path.join(ws.root, "kapot.argmap.json"), "[1,");
    const run = await runCaptured(["stats", "--json", "."], ws.root);
    expect(run.code).toBe(EXIT.problems);
    expect(run.stderr).toMatch(/^kapot\.argmap\.json:1:4: invalid JSON/m);
    const all = JSON.parse(run.stdout) as MapStats[];
    expect(all.map((s) => [s.id, s.coverage])).toEqual([
      ["klein", { sentences: 6, covered: 4, share: 4 / 6 }],
      ["zonder", null],
    ]);
  });
});
