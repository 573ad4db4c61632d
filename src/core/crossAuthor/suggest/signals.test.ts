import { describe, expect, it } from "vitest";
import { type ArgumentMap, emptyCrossAuthorFile, type Inference } from "../../model";
import { stateOf } from "./leaders";
import { nameKey } from "./names";
import { neighboursOf, structureOf } from "./neighbours";
import { Interner, InvertedIndex, sparse } from "./postings";
import { suggestAlignments } from "./suggest";
import { mapOf } from "./testMaps";
import { themesIn } from "./themes";
import { wordsOf } from "./words";

const file = emptyCrossAuthorFile();
const candidatesFor = (maps: Record<string, ArgumentMap>, map: string, statement = "s1") =>
  suggestAlignments(maps, file, { statement: { map, statement }, minScore: 0 });

describe("the neighbours of a statement in its argument", () => {
  it("are what it supports or attacks and what supports or attacks it; an undercut's is the conclusion it attacks", () => {
    const map = mapOf(
      "m",
      ["claim", "reden", "tegenwerping", "ondermijning"],
      [
        { id: "i1", kind: "support", premises: ["s2"], target: "s1" },
        { id: "i2", kind: "attack", premises: ["s3"], target: "s1" },
        { id: "i3", kind: "attack", premises: ["s4"], target: "i1" },
      ],
    );
    const near = neighboursOf(map);
    expect(near.get("s1")?.sort()).toEqual(["s2", "s3", "s4"]);
    expect(near.get("s2")).toEqual(["s1"]);
    expect(near.get("s4")).toEqual(["s1"]);
    const { conclusions, reasons } = structureOf(map);
    expect(reasons.get("s1")?.sort()).toEqual(["s2", "s3", "s4"]);
    expect([conclusions.get("s2"), conclusions.get("s4"), conclusions.get("s1")]).toEqual([["s1"], ["s1"], undefined]);
  });

  it("lend their words at a low weight, so a statement meets its partner through the reason it is argued from", () => {
    const reason: Inference = { id: "i1", kind: "support", premises: ["s2"], target: "s1" };
    const oost = mapOf("oost", ["De president wil doorvechten", "Een staakt-het-vuren wijst hij af"], [reason]);
    const west = mapOf("west", ["De economie groeit weer", "Een wapenstilstand komt er voorlopig niet", "Het weer is mooi"]);
    const found = candidatesFor({ oost, west }, "oost");
    expect(found[0]?.b.statement).toBe("s2");
    expect(found[0]?.reasons).toContainEqual({ kind: "context", words: ["staakt-het-vuren"] });
    // Without the argument the two share nothing and the neighbour's word is not offered as a reason.
    const alone = candidatesFor({ oost: { ...oost, inferences: [] }, west }, "oost");
    expect(alone[0]?.b.statement).not.toBe("s2");
    expect(alone.flatMap((s) => s.reasons)).toEqual([]);
  });
});

describe("heads of state", () => {
  it("stand for their state as a name: a leader's name gives the state's key, any other name none", () => {
    expect(stateOf("Poetins")).toEqual([nameKey("Rusland")]);
    expect(stateOf("Trump")).toEqual([nameKey("vs")]);
    expect(stateOf("Zelenskyy")).toEqual([nameKey("oekraine")]);
    expect(stateOf("Moskou")).toEqual([]);
    expect(stateOf("Rutte")).toEqual([]);
  });

  it("pair a statement on the leader with one on the state's capital, ahead of a pair that only shares words", () => {
    const a = mapOf("a", ["Volgens Poetin moet de oorlog doorgaan"]);
    const b = mapOf("b", ["De oogst valt tegen", "Volgens Brussel gaan de aanvallen door", "Volgens Moskou gaan de aanvallen door"]);
    const found = candidatesFor({ a, b }, "a");
    expect(found[0]?.b.statement).toBe("s3");
    expect(found[0]?.reasons).toContainEqual({ kind: "names", names: ["Poetin"] });
  });
});

describe("the central claim", () => {
  it("scores higher than an equal premise, by a factor, and not at all when it shares nothing", () => {
    const same = "Europa heeft een eigen leger nodig";
    const c = mapOf("c", [same, same, "Het weer is mooi"], [], 2);
    const d = mapOf("d", ["Een Europees leger is nodig", "De oogst valt tegen"]);
    const found = candidatesFor({ c, d }, "d");
    expect(found.map((s) => s.b.statement).slice(0, 2)).toEqual(["s2", "s1"]);
    expect((found[0]?.score ?? 0) / (found[1]?.score ?? 1)).toBeCloseTo(1.3, 1);
    const nothing = suggestAlignments({ c, d }, file, { statement: { map: "d", statement: "s2" } });
    expect(nothing.map((s) => s.b.statement)).not.toContain("s2");
  });
});

describe("themes", () => {
  it("read near-synonyms and idioms of one act as that act, a form of several words as one", () => {
    const text = "Oekraïne wordt onder de bus gegooid; de vredesonderhandelingen en de bemiddeling lopen vast";
    expect(themesIn(text, wordsOf(text)).map((t) => [t.theme, t.form])).toEqual([
      ["opofferen", "onder de bus"],
      ["diplomatie", "bemiddeling"],
    ]);
  });

  it("pair statements that name one effort with different words, showing both words", () => {
    const e = mapOf("e", ["De bemiddeling loopt vast"]);
    const f = mapOf("f", ["Het weer is mooi", "De onderhandelingen liggen stil", "De oogst valt tegen"]);
    // Offered at the default threshold: letters alone would not get it there.
    const found = suggestAlignments({ e, f }, file, { statement: { map: "e", statement: "s1" } });
    expect(found.map((s) => s.b.statement)).toEqual(["s2"]);
    expect(found[0]?.reasons).toContainEqual({ kind: "words", words: ["bemiddeling ≈ onderhandelingen"] });
  });

  it("count the part of a compound as its theme when the part is a word of the workspace", () => {
    const e = mapOf("e", ["De vredesonderhandelingen lopen vast"]);
    const f = mapOf("f", ["De vrede is ver weg", "De bemiddeling ligt stil", "Over de onderhandeling"]);
    const found = candidatesFor({ e, f }, "e");
    expect(found.find((s) => s.b.statement === "s2")?.reasons).toContainEqual({
      kind: "words",
      words: ["vredesonderhandelingen ≈ bemiddeling"],
    });
  });
});

describe("the inverted index", () => {
  it("sums the same dot products as a pass over every pair", () => {
    const keys = new Interner();
    const weights = [
      new Map([
        ["vrede", 1],
        ["oorlog", 2],
      ]),
      new Map([["oorlog", 3]]),
      new Map([
        ["vrede", 0.5],
        ["wapens", 4],
      ]),
    ];
    const vectors = weights.map((w) => sparse(w, keys));
    const index = new InvertedIndex(vectors, keys.size);
    const into = new Float64Array(3);
    index.dotAll(vectors[0] ?? sparse(new Map(), keys), into);
    expect([...into]).toEqual([1 + 4, 6, 0.5]);
  });
});
