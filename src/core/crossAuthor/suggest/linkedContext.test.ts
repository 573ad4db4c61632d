import { describe, expect, it } from "vitest";
import {
  type ArgumentMap,
  type CrossAuthorFile,
  type CrossLink,
  emptyCrossAuthorFile,
  type Inference,
  type StatementRef,
} from "../../model";
import { corpusOf } from "./corpus";
import { LinkedContext } from "./linkedContext";
import { suggestAlignments } from "./suggest";
import { mapOf } from "./testMaps";

const reason = (id: string, premise: string, target: string): Inference => ({ id, kind: "support", premises: [premise], target });
const link = (id: string, a: string, b: string, relation: CrossLink["relation"] = "same"): CrossLink => ({
  id,
  from: { map: "oost", statement: a },
  to: { map: "west", statement: b },
  relation,
});
const fileWith = (...links: CrossLink[]): CrossAuthorFile => ({ ...emptyCrossAuthorFile(), links });
const ref = (map: string, statement: string): StatementRef => ({ map, statement });

// Two op-eds argue for the same thesis; s2 of each is the reason that corresponds. West's s3 shares more
// words with oost's s2 but is no part of the argument; west's s4 is a reason with one word in common.
const oost = mapOf(
  "oost",
  ["Europa moet zelf een leger opbouwen", "Washington trekt zijn troepen terug uit Europa"],
  [reason("i1", "s2", "s1")],
);
const west = mapOf(
  "west",
  [
    "Een Europese krijgsmacht is onvermijdelijk",
    "De Amerikaanse soldaten vertrekken",
    "Washington trekt de handelsakkoorden in",
    "Europa kampt met een slechte oogst",
  ],
  [reason("i1", "s2", "s1"), reason("i2", "s4", "s1")],
);
const candidatesFor = (from: StatementRef, file: CrossAuthorFile, maps: Record<string, ArgumentMap> = { oost, west }) =>
  suggestAlignments(maps, file, { statement: from, minScore: 0 });

describe("links already made, as evidence for the pairs next to them", () => {
  it("rank the reasons under two linked conclusions first, while a reason that shares little stays behind a pair that shares more", () => {
    const bare = candidatesFor(ref("oost", "s2"), fileWith()).map((s) => s.b.statement);
    expect(bare.slice(0, 3)).toEqual(["s3", "s2", "s4"]);
    const found = candidatesFor(ref("oost", "s2"), fileWith(link("l1", "s1", "s1")));
    expect(found.map((s) => s.b.statement).slice(0, 3)).toEqual(["s2", "s3", "s4"]);
    expect(found[0]?.reasons).toContainEqual({
      kind: "linkedNeighbours",
      via: [{ link: "l1", a: ref("oost", "s1"), b: ref("west", "s1"), relation: "same" }],
    });
    expect(found[1]?.reasons.map((r) => r.kind)).not.toContain("linkedNeighbours");
  });

  it("name the link with its end on the asking statement's side, whichever way the link was drawn", () => {
    const found = candidatesFor(ref("west", "s2"), fileWith(link("l1", "s1", "s1")));
    const pair = found.find((s) => s.b.statement === "s2" && s.b.map === "oost");
    expect(pair?.reasons).toContainEqual({
      kind: "linkedNeighbours",
      via: [{ link: "l1", a: ref("west", "s1"), b: ref("oost", "s1"), relation: "same" }],
    });
  });

  it("raise the conclusions drawn from two linked reasons", () => {
    const bare = candidatesFor(ref("oost", "s1"), fileWith()).find((s) => s.b.statement === "s1")?.score ?? 0;
    const linked = candidatesFor(ref("oost", "s1"), fileWith(link("l1", "s2", "s2"))).find((s) => s.b.statement === "s1")?.score ?? 0;
    expect(bare).toBeGreaterThan(0);
    expect(linked / bare).toBeGreaterThan(1.2);
  });

  it("lend a sole reason more than one of many, and raise a score at most twofold however many links are near", () => {
    const many = mapOf(
      "west",
      ["Vrede nu", "De Amerikaanse soldaten vertrekken", "De Amerikaanse soldaten vertrekken", "Een", "Twee"],
      [reason("i1", "s2", "s1"), reason("i2", "s4", "s1"), reason("i3", "s5", "s1"), reason("i4", "s3", "s4")],
    );
    const corpus = corpusOf({ oost, west: many });
    const entry = (map: string, statement: string) => corpus.entries[corpus.indexOf.get(`${map}:${statement}`) ?? -1];
    const [a, amongThree, alone] = [entry("oost", "s2"), entry("west", "s2"), entry("west", "s3")];
    if (!a || !amongThree || !alone) throw new Error("missing statement");
    const one = new LinkedContext(corpus, [link("l1", "s1", "s1"), link("l2", "s1", "s4")]);
    expect(one.factor(a, alone)).toBeGreaterThan(one.factor(a, amongThree));
    expect(one.factor(a, amongThree)).toBeGreaterThan(1);
    const crowd = new LinkedContext(corpus, [
      ...["s1", "s4"].flatMap((b, i) => [link(`s${i}`, "s1", b), link(`c${i}`, "s1", b, "contradicts")]),
      link("l5", "s2", "s1"),
      link("l6", "s2", "s4"),
    ]);
    expect(crowd.factor(a, alone)).toBeGreaterThan(one.factor(a, alone));
    expect(crowd.factor(a, alone)).toBeLessThan(2);
  });

  it("never offer a pair that shares nothing, however strongly the places around it are linked", () => {
    const north = mapOf(
      "oost",
      ["Het moet afgelopen zijn met de gevechten", "De winter wordt streng", "De winter duurt lang"],
      [reason("i1", "s2", "s1")],
    );
    const south = mapOf(
      "west",
      ["Vrede nu", "Tulpen bloeien in april", "De winter wordt koud"],
      [reason("i1", "s2", "s1"), reason("i2", "s3", "s1")],
    );
    const maps = { oost: north, west: south };
    const file = fileWith(link("l1", "s1", "s1"), link("l2", "s1", "s1", "contradicts"));
    const offered = suggestAlignments(maps, file, { statement: ref("oost", "s2") });
    expect(offered.map((s) => s.b.statement)).toEqual(["s3"]);
    // The reason that shares a word is raised: the links are read, and still the other is not offered.
    const bare = suggestAlignments(maps, fileWith(), { statement: ref("oost", "s2") });
    expect(offered[0]?.score).toBeGreaterThan(bare[0]?.score ?? 1);
  });
});
