import { describe, expect, it } from "vitest";
import { anchorAt } from "../anchor";
import { addStatement, connect, type Edit } from "../commands";
import { type ArgumentMap, emptyMap } from "../model";
import { checkMap } from "./checks";

const TEXT = "Europa moet zelf afschrikken. De VS trekken zich terug. Toch blijven ze NAVO-lid. Lidmaatschap zegt niets.";

function must(edit: Edit): ArgumentMap {
  if (!edit.ok) throw new Error(edit.problem);
  return edit.map;
}

function spanOf(words: string) {
  const start = TEXT.indexOf(words);
  return anchorAt(TEXT, start, start + words.length);
}

/** s1 thesis ← s2 premise; s3 attacks s1 (counterclaim); s4 attacks s3 (rebuttal). Every statement has a span. */
function answered(): ArgumentMap {
  let m = emptyMap("c", { file: "c.txt" });
  m = must(addStatement(m, { text: "Europa moet zelf afschrikken", anchors: [spanOf("Europa moet zelf afschrikken.")], central: true }));
  m = must(addStatement(m, { text: "De VS trekken zich terug", anchors: [spanOf("De VS trekken zich terug.")] }));
  m = must(addStatement(m, { text: "De VS blijven NAVO-lid", anchors: [spanOf("Toch blijven ze NAVO-lid.")] }));
  m = must(addStatement(m, { text: "Lidmaatschap zegt niets", anchors: [spanOf("Lidmaatschap zegt niets.")] }));
  m = must(connect(m, { kind: "support", premises: ["s2"], target: "s1" }));
  m = must(connect(m, { kind: "attack", premises: ["s3"], target: "s1" }));
  m = must(connect(m, { kind: "attack", premises: ["s4"], target: "s3" }));
  return m;
}

const kinds = (map: ArgumentMap, text?: string) => checkMap(map, text).map((f) => `${f.kind}:${f.statement ?? ""}`);

describe("checks a teacher would point at", () => {
  it("find nothing in a map whose counterclaim is answered, whose claim is supported and whose spans hold", () => {
    expect(kinds(answered(), TEXT)).toEqual([]);
  });

  it("list a counterclaim left unanswered", () => {
    let m = answered();
    m = { ...m, inferences: m.inferences.filter((i) => i.id !== "i3") };
    expect(kinds(m, TEXT)).toEqual(["unanswered-counterclaim:s3", "unconnected:s4"]);
  });

  it("count a counterclaim as answered when the inference it makes is undercut", () => {
    let m = answered();
    m = { ...m, inferences: m.inferences.filter((i) => i.id !== "i3") };
    m = must(connect(m, { kind: "attack", premises: ["s4"], target: "i2" }));
    expect(kinds(m, TEXT)).toEqual([]);
  });

  it("list the central claim when nothing supports it", () => {
    const m = answered();
    expect(kinds({ ...m, inferences: m.inferences.filter((i) => i.id !== "i1") }, TEXT)).toEqual([
      "unsupported-claim:s1",
      "unconnected:s2",
    ]);
  });

  it("list a claim that is only attacked as a claim with no support", () => {
    let m = answered();
    m = must(addStatement(m, { text: "Artikel 5 bindt de VS", anchors: [spanOf("Toch blijven ze NAVO-lid.")] }));
    m = must(connect(m, { kind: "attack", premises: ["s4"], target: "s5" }));
    expect(kinds(m, TEXT)).toEqual(["unsupported-claim:s5"]);
  });

  it("list a statement with no span as implicit", () => {
    let m = answered();
    m = must(addStatement(m, { text: "Wie alleen staat, moet zichzelf verdedigen" }));
    m = must(connect(m, { kind: "support", premises: ["s5"], target: "s1" }));
    expect(kinds(m, TEXT)).toEqual(["implicit-premise:s5"]);
  });

  it("list a stale anchor when the text at hand no longer has the quote at its place, and only with the text", () => {
    // The same length, so only the changed span no longer holds at its offsets.
    const changed = TEXT.replace("trekken zich terug", "gaan zich inzetten");
    expect(kinds(answered(), changed)).toEqual(["stale-anchor:s2"]);
    expect(kinds(answered())).toEqual([]);
  });

  it("say so when the map has statements but no central claim", () => {
    const m = answered();
    const withoutThesis = { ...m, statements: m.statements.map(({ central: _c, ...s }) => s) };
    expect(kinds(withoutThesis, TEXT)).toContain("no-central-claim:");
    expect(kinds(emptyMap("e", { file: "e.txt" }))).toEqual([]);
  });
});
