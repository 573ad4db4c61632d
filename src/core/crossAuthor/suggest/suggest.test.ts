import { describe, expect, it } from "vitest";
import { readBundledWorkspace } from "../../../../mapping/bundledWorkspace";
import { type CrossAuthorFile, type CrossLink, emptyCrossAuthorFile, type StatementRef } from "../../model";
import { dismissSuggestion, isDismissed, restoreSuggestion, suggestionKey } from "./dismiss";
import { namesIn } from "./names";
import { suggestAlignments } from "./suggest";
import { mapOf } from "./testMaps";
import { compoundParts, contentWords, stem } from "./words";

const bundled = readBundledWorkspace;

describe("words and names", () => {
  it("drops Dutch and English stop words and brings inflected Dutch forms to one stem", () => {
    expect(contentWords("De VS trekken zich terug uit het conflict, and the war goes on").map((w) => w.folded)).toEqual([
      "vs",
      "trekken",
      "terug",
      "conflict",
      "war",
      "goes",
    ]);
    expect(stem("gebieden")).toBe(stem("gebied"));
    expect(stem("bezette")).toBe(stem("bezet"));
    expect(stem("amerikaanse")).toBe(stem("amerikaans"));
    expect(stem("onderhandelingen")).toBe(stem("onderhandeling"));
    expect(stem("staten")).toBe(stem("staat"));
  });

  it("splits a Dutch compound into words the workspace knows", () => {
    const stems = new Set(["inlichting", "steun", "vred", "inspanning"]);
    expect(compoundParts("inlichtingensteun", stems)).toEqual(["inlichting", "steun"]);
    expect(compoundParts("vredesinspanningen", stems)).toEqual(["vred", "inspanning"]);
    expect(compoundParts("wereldorde", stems)).toEqual([]);
  });

  it("finds names: capitalised words away from a sentence start, acronyms, multiword names, and known names at the start", () => {
    const text = "Poetin sprak met de Europese Commissie. Volgens Zelensky blijft de NAVO buiten spel.";
    const forms = namesIn(text, new Set(["poetin"])).map((n) => n.form);
    expect(forms).toEqual(["Poetin", "Europese", "Commissie", "Europese Commissie", "Zelensky", "NAVO"]);
    expect(namesIn(text, new Set()).map((n) => n.form)).not.toContain("Poetin");
    expect(namesIn("Volgens Zelensky", new Set()).map((n) => n.form)).toEqual(["Zelensky"]);
  });
});

describe("concepts", () => {
  it("reads a capital, seat of government or variant spelling as its concept, keeping the form as written", () => {
    const words = contentWords("Het Kremlin en Washington willen een staakt-het-vuren; Putin en Zelenskyy ook");
    expect(words.map((w) => [w.form, w.folded])).toEqual([
      ["Kremlin", "rusland"],
      ["Washington", "vs"],
      ["staakt-het-vuren", "wapenstilstand"],
      ["Putin", "poetin"],
      ["Zelenskyy", "zelensky"],
    ]);
    expect(contentWords("Russische soldaten").map((w) => w.stem)).toEqual(contentWords("Rusland troepen").map((w) => w.stem));
    expect(namesIn("Volgens het Witte Huis", new Set()).map((n) => [n.form, n.key])).toEqual([["Witte Huis", "vs"]]);
  });

  it("pairs statements that name one thing differently", () => {
    const east = mapOf("oost", ["Volgens Moskou komt er geen wapenstilstand", "Europa moet meer wapens leveren"]);
    const west = mapOf("west", ["Meer wapens uit Europa helpen Oekraïne", "Ook Rusland wijst een staakt-het-vuren af"]);
    const found = suggestAlignments({ oost: east, west }, emptyCrossAuthorFile(), { statement: { map: "oost", statement: "s1" } });
    expect(found[0]?.b.statement).toBe("s2");
    expect(found[0]?.reasons).toContainEqual({ kind: "names", names: ["Moskou"] });
    expect(found[0]?.reasons.find((r) => r.kind === "words")).toMatchObject({
      words: expect.arrayContaining(["wapenstilstand", "Moskou"]),
    });
  });
});

describe("suggested alignments", () => {
  const east = mapOf("oost", ["Rusland wil geen staakt-het-vuren", "Europa moet meer wapens leveren", "Het weer is mooi"]);
  const west = mapOf("west", ["Poetin wijst een staakt-het-vuren af, zegt Rusland", "Meer wapens uit Europa helpen Oekraïne"]);
  const file = {
    ...emptyCrossAuthorFile(),
    maps: [
      { id: "oost", file: "oost.argmap.json" },
      { id: "west", file: "west.argmap.json" },
    ],
  };
  const refOf = (s: { a: StatementRef; b: StatementRef }) => `${s.a.map}:${s.a.statement}→${s.b.map}:${s.b.statement}`;

  it("ranks the statements that share rare content words and names first, with the reasons", () => {
    const found = suggestAlignments({ oost: east, west }, file, { maps: ["oost", "west"] });
    expect(found.slice(0, 2).map(refOf).sort()).toEqual(["oost:s1→west:s1", "oost:s2→west:s2"]);
    expect(found.map(refOf)).not.toContain("oost:s3→west:s1");
    const first = found.find((s) => refOf(s) === "oost:s1→west:s1");
    expect(first?.reasons).toContainEqual({ kind: "names", names: ["Rusland"] });
    expect(first?.reasons.find((r) => r.kind === "words")).toMatchObject({ words: expect.arrayContaining(["staakt-het-vuren"]) });
  });

  it("leaves out pairs already linked and pairs the user dismissed, also after a reload of the file", () => {
    const linked: CrossAuthorFile = {
      ...file,
      links: [{ id: "l1", from: { map: "west", statement: "s1" }, to: { map: "oost", statement: "s1" }, relation: "same" }],
    };
    const dismissed = dismissSuggestion(linked, { map: "west", statement: "s2" }, { map: "oost", statement: "s2" });
    if (!dismissed.ok) throw new Error(dismissed.problem);
    expect(dismissed.file.dismissed).toEqual(["oost:s2|west:s2"]);
    const reloaded = JSON.parse(JSON.stringify(dismissed.file)) as CrossAuthorFile;
    const found = suggestAlignments({ oost: east, west }, reloaded).map(refOf);
    expect(found).not.toContain("oost:s1→west:s1");
    expect(found).not.toContain("oost:s2→west:s2");
    expect(dismissSuggestion(dismissed.file, { map: "oost", statement: "s2" }, { map: "west", statement: "s2" })).toMatchObject({
      file: dismissed.file,
    });
    const restored = restoreSuggestion(dismissed.file, { map: "west", statement: "s2" }, { map: "oost", statement: "s2" });
    expect(restored.ok && restored.file.dismissed).toEqual([]);
  });

  it("keys a dismissed pair with the smaller reference first and refuses a pair within one map", () => {
    expect(suggestionKey({ map: "west", statement: "s1" }, { map: "oost", statement: "s9" })).toBe("oost:s9|west:s1");
    expect(isDismissed(new Set(["west:s1|oost:s9"]), { map: "oost", statement: "s9" }, { map: "west", statement: "s1" })).toBe(true);
    expect(dismissSuggestion(file, { map: "oost", statement: "s1" }, { map: "oost", statement: "s2" })).toEqual({
      ok: false,
      problem: "same-map-link",
    });
  });

  /**
   * The rank of each annotated link's partner among the candidates for its statement (best of both ends; the
   * candidates are the partner's map, as the panel asks), with the file as `kept` leaves it; and the figures.
   */
  function ranksOnBundled(kept: (annotated: CrossAuthorFile, hidden: CrossLink) => CrossAuthorFile) {
    const { file: annotated, maps } = bundled();
    const rankOf = (file: CrossAuthorFile, from: StatementRef, to: StatementRef) =>
      suggestAlignments(maps, file, { statement: from, maps: [from.map, to.map], limit: 100, minScore: 0 }).findIndex(
        (s) => s.b.statement === to.statement,
      ) + 1 || 999;
    const ranks = annotated.links.map((l) => {
      const file = kept(annotated, l);
      return { id: l.id, rank: Math.min(rankOf(file, l.from, l.to), rankOf(file, l.to, l.from)) };
    });
    const best = ranks.map((r) => r.rank);
    const sorted = best.slice().sort((x, y) => x - y);
    const figures = {
      count: best.length,
      top5: best.filter((r) => r <= 5).length,
      top1: best.filter((r) => r === 1).length,
      median: ((sorted[14] ?? 0) + (sorted[15] ?? 0)) / 2,
    };
    return { ranks, ...figures, rankOf: (id: string) => ranks.find((r) => r.id === id)?.rank };
  }

  const report = (protocol: string, f: { top5: number; count: number; top1: number; median: number }) =>
    console.info(
      `suggestions on the bundled maps, ${protocol}: ${f.top5}/${f.count} in the top 5, ${f.top1} at the top, median rank ${f.median}`,
    );

  it("on the bundled op-eds with every link hidden, ranks the annotated partner of all 30 links in the top five", () => {
    // The first protocol: the links are what the suggestions must find, so all are hidden, as when an analyst
    // asks for suggestions before linking anything, having set out the issues (the matrix) first. The links
    // already made (linkedContext.ts) add nothing here; the issues' positions do (sharedIssues.ts).
    const figures = ranksOnBundled((file) => ({ ...file, links: [] }));
    report("all links hidden", figures);
    expect(figures.count).toBe(30);
    // Measured (top 5 / at the top / median rank): words, names and concepts alone 23 / 15 / 1.5; with the
    // neighbours' words 25 / 16 / 1; with heads of state as their state 26 / 13 / 2; with the central claim's
    // factor 26 / 16 / 1; with the themes 28 / 16 / 1; with the issues 30 / 16 / 1. The two the issues bring in
    // share no word, name or near-synonym with their partner, nor do their neighbours: "de Amerikaanse
    // verstrengeling verdiept" against "de tijd van Amerikaanse miljardensteun is voorbij" (l7, rank 11 → 4),
    // "Rusland kan alsnog toeslaan als Trump weg is" against "een staakt-het-vuren kan Rusland helpen
    // herbewapenen" (l25, 14 → 2); both pairs are positions on one issue.
    expect(figures.top5).toBe(30);
    expect(figures.top1).toBeGreaterThanOrEqual(16);
    expect(figures.median).toBe(1);
    expect(figures.rankOf("l7")).toBeLessThanOrEqual(5);
    expect(figures.rankOf("l25")).toBeLessThanOrEqual(5);
  });

  it("with the issues hidden as well, finds 28 of the 30 from the wording alone: the issues bring in the other two", () => {
    const figures = ranksOnBundled((file) => ({ ...file, links: [], issues: [] }));
    report("all links and issues hidden", figures);
    expect(figures.top5).toBeGreaterThanOrEqual(28);
    expect(figures.top1).toBeGreaterThanOrEqual(16);
    expect(figures.rankOf("l7")).toBe(11);
    expect(figures.rankOf("l25")).toBe(14);
  });

  it("on the bundled op-eds with one link hidden at a time, ranks the partner of all 30 in the top five", () => {
    // The second protocol: leave-one-out. The analyst links step by step, so when suggestions are asked for the
    // file holds other links: each link is hidden in turn with the other 29 kept. The kept links are evidence for
    // the pairs next to them (linkedContext.ts), and pairs already linked are not offered, so a competitor that
    // is linked drops out.
    const figures = ranksOnBundled((file, hidden) => ({ ...file, links: file.links.filter((l) => l.id !== hidden.id) }));
    report("one link hidden at a time", figures);
    expect(figures.count).toBe(30);
    // Measured with the links around as evidence and the issues: 30 / 16 / 1 (without the issues 28 / 17 / 1).
    // The issues lift other positions on one question too: l5, l6 and l19 fall from the top to 3, 4 and 2, passed
    // by another statement their partner's op-ed gives on the same issue. l28 is first, not second as without
    // links: its end's premise-of, "Trump wil een succesje", is linked "same" with its partner (l27).
    expect(figures.top5).toBe(30);
    expect(figures.top1).toBeGreaterThanOrEqual(16);
    expect(figures.median).toBe(1);
    expect(figures.rankOf("l28")).toBe(1);
  });
});
