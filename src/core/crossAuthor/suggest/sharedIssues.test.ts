import { describe, expect, it } from "vitest";
import { type ContentionIssue, type CrossAuthorFile, emptyCrossAuthorFile, type StatementRef } from "../../model";
import { suggestAlignments } from "./suggest";
import { mapOf } from "./testMaps";

// Oost's s1 and west's s2 answer one question in different words; west's s3 shares more of the wording with
// oost's s1 but speaks of something else. West's s1 is the close paraphrase, first either way.
const oost = mapOf("oost", ["De Amerikaanse steun aan Oekraïne is voorbij", "Europa moet meer uitgeven"]);
const west = mapOf("west", [
  "De Amerikaanse boeren klagen over de steun",
  "Washington raakt juist dieper verstrikt in de oorlog",
  "Het Amerikaanse weer is wisselvallig",
]);
const maps = { oost, west };
const issue = (positions: ContentionIssue["positions"]): ContentionIssue => ({
  id: "q1",
  question: "Kan Oekraïne nog op de VS rekenen?",
  positions,
});
const fileWith = (...issues: ContentionIssue[]): CrossAuthorFile => ({ ...emptyCrossAuthorFile(), issues });
const ref = (map: string, statement: string): StatementRef => ({ map, statement });
const ranked = (file: CrossAuthorFile) =>
  suggestAlignments(maps, file, { statement: ref("oost", "s1"), minScore: 0 }).map((s) => s.b.statement);

describe("issues already made, as evidence for the positions they hold", () => {
  it("rank two positions on one question above a pair that only shares more wording, and say which issue", () => {
    expect(ranked(fileWith())).toEqual(["s1", "s3", "s2"]);
    const file = fileWith(
      issue([
        { map: "oost", statements: ["s1"], stance: "contra" },
        { map: "west", statements: ["s2"], stance: "mixed" },
      ]),
    );
    expect(ranked(file)).toEqual(["s1", "s2", "s3"]);
    const found = suggestAlignments(maps, file, { statement: ref("oost", "s1"), minScore: 0 });
    expect(found[1]?.reasons).toContainEqual({ kind: "sharedIssues", issues: ["q1"] });
    expect(found[0]?.reasons.map((r) => r.kind)).not.toContain("sharedIssues");
  });

  it("do not offer a position for an issue alone: a pair that shares nothing stays out", () => {
    const file = fileWith(
      issue([
        { map: "oost", statements: ["s2"], stance: "pro" },
        { map: "west", statements: ["s3"], stance: "pro" },
      ]),
    );
    const found = suggestAlignments(maps, file, { statement: ref("oost", "s2") });
    expect(found.map((s) => s.b.statement)).not.toContain("s3");
  });

  it("ignore positions within one op-ed, positions with no statement, and statements the maps no longer have", () => {
    const file = fileWith(
      issue([
        { map: "oost", statements: ["s1", "s2", "s9"], stance: "contra" },
        { map: "west", statements: [], stance: "none" },
        { map: "zuid", statements: ["s1"], stance: "pro" },
      ]),
    );
    expect(ranked(file)).toEqual(ranked(fileWith()));
    const reasons = suggestAlignments(maps, file, { statement: ref("oost", "s1"), minScore: 0 }).flatMap((s) => s.reasons);
    expect(reasons.map((r) => r.kind)).not.toContain("sharedIssues");
  });
});
