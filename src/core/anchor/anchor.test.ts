import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyMap } from "../model";
import { paragraphsOf, segmentsOf } from "./paragraphs";
import { findQuote } from "./quote";
import { reanchor, reanchorMap } from "./reanchor";
import { anchorAt, anchorHolds, trimSpan } from "./select";

const mapsDir = join(import.meta.dirname, "..", "..", "..", "maps");
const mousavi = readFileSync(join(mapsDir, "mousavi-europese-troepenmacht-oekraine.txt"), "utf8");

describe("anchors", () => {
  it("address UTF-16 code units of the text as read: diacritics, curly quotes, emoji and combining marks", () => {
    const text = "Eén “quote” 🇺🇦 — e\u0301 en “Biden’s War”.";
    const start = text.indexOf("“Biden");
    const anchor = anchorAt(text, start, start + "“Biden’s War”".length);
    expect(anchor.exact).toBe("“Biden’s War”");
    expect(anchorHolds(text, anchor)).toBe(true);
  });

  it("finds a quote across the hard line breaks of a PDF copy", () => {
    const found = findQuote(mousavi, "De inzet van een Europese troepenmacht in Oekraïne is afhankelijk van een wapenstilstand");
    expect(found.ok).toBe(true);
    if (found.ok) expect(found.anchor.exact).toContain("\n");
  });

  it("refuses a quote that occurs more than once", () => {
    expect(findQuote(mousavi, "Oekraïne")).toMatchObject({ ok: false, reason: "ambiguous" });
  });

  it("trims whitespace caught at the ends of a selection", () => {
    expect(trimSpan("  ab c \n", 0, 8)).toEqual({ start: 2, end: 6 });
  });

  it("re-finds an anchor after text is inserted before it", () => {
    const start = mousavi.indexOf("Conclusie:");
    const anchor = anchorAt(mousavi, start, start + 40);
    const changed = `Nieuwe alinea bovenaan.\n\n${mousavi}`;
    const result = reanchor(changed, anchor);
    expect(result.fate).toBe("moved");
    expect(changed.slice(result.anchor.start, result.anchor.end)).toBe(anchor.exact);
  });

  it("re-finds an anchor approximately when one word inside it changed, and reports a vanished one as lost", () => {
    const found = findQuote(mousavi, "Conclusie: bij pure escalatie, zonder een nieuw concept");
    if (!found.ok) throw new Error("quote");
    const anchor = found.anchor;
    const changed = mousavi.replace("bij pure escalatie", "bij zuivere escalatie");
    const fuzzy = reanchor(changed, anchor);
    expect(fuzzy.fate).toBe("fuzzy");
    expect(changed.slice(fuzzy.anchor.start, fuzzy.anchor.end)).toContain("zuivere escalatie, zonder een nieuw");
    expect(reanchor("Een heel andere tekst.", anchor).fate).toBe("lost");
  });

  it("keeps every anchor on its quote after random edits elsewhere in the text (property)", () => {
    const quotes = ["Conclusie: bij pure escalatie", "Amerikaanse bemiddeling brengt dat", "Marco Rubio"];
    const anchors = quotes.map((q) => {
      const f = findQuote(mousavi, q);
      if (!f.ok) throw new Error(q);
      return f.anchor;
    });
    const protectedRanges = anchors.map((a) => [a.start - 40, a.end + 40] as const);
    const edit = fc.record({ at: fc.nat({ max: mousavi.length }), remove: fc.nat({ max: 30 }), insert: fc.string({ maxLength: 60 }) });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        // Edits away from the anchors and their context, applied from the end so earlier offsets stay meaningful.
        const safe = edits.filter((e) => protectedRanges.every(([a, b]) => e.at + e.remove < a || e.at > b)).sort((x, y) => y.at - x.at);
        let text = mousavi;
        let lastAt = Number.POSITIVE_INFINITY;
        for (const e of safe) {
          if (e.at + e.remove >= lastAt) continue;
          text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
          lastAt = e.at;
        }
        for (const anchor of anchors) {
          const result = reanchor(text, anchor);
          expect(result.fate).not.toBe("lost");
          expect(text.slice(result.anchor.start, result.anchor.end)).toBe(anchor.exact);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("re-anchors a whole map and lists, never drops, the anchors it cannot find", () => {
    const found = findQuote(mousavi, "Marco Rubio");
    if (!found.ok) throw new Error("quote");
    const lostAnchor = anchorAt("totally different text here", 0, 16);
    const map = { ...emptyMap("m", { file: "m.txt" }), statements: [{ id: "s1", text: "a", anchors: [found.anchor, lostAnchor] }] };
    const result = reanchorMap(map, `Voorwoord.\n${mousavi}`);
    expect(result.changed).toBe(1);
    expect(result.lost).toEqual([{ statement: "s1", anchor: lostAnchor }]);
    expect(result.map.statements[0]?.anchors).toHaveLength(2);
    expect(result.approximate).toEqual([]);
  });

  it("lists a span found only with other words, with the words before and after, so the user can check it", () => {
    const quote = "Amerikaanse bemiddeling brengt dat\nstaakt-het-vuren niet dichterbij.";
    const found = findQuote(mousavi, quote);
    if (!found.ok) throw new Error("quote");
    const map = { ...emptyMap("m", { file: "m.txt" }), statements: [{ id: "s1", text: "a", anchors: [found.anchor] }] };
    const edited = mousavi.replace("brengt dat", "brengt het");
    const result = reanchorMap(map, edited);
    expect(result.lost).toEqual([]);
    expect(result.approximate).toHaveLength(1);
    expect(result.approximate[0]?.before).toEqual(found.anchor);
    expect(result.approximate[0]?.anchor.exact).toContain("brengt het");
    expect(result.map.statements[0]?.anchors[0]).toEqual(result.approximate[0]?.anchor);
  });
});

describe("paragraphs", () => {
  it("reflows a hard-wrapped text into paragraphs and keeps headings apart", () => {
    const paragraphs = paragraphsOf(mousavi).map((p) => mousavi.slice(p.start, p.end));
    expect(paragraphs.some((p) => p.trim() === "Vredesplan voor Oekraïne")).toBe(true);
    const lead = paragraphs.find((p) => p.startsWith("De inzet van een Europese troepenmacht"));
    expect(lead).toContain("niet dichterbij.");
    expect(lead?.split("\n").length).toBeGreaterThan(1);
  });

  it("cuts a paragraph at every span boundary and lists the statements covering each piece", () => {
    const segments = segmentsOf({ start: 0, end: 20 }, [
      { start: 2, end: 10, statement: "s1" },
      { start: 5, end: 15, statement: "s2" },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.statements.join()])).toEqual([
      [0, 2, ""],
      [2, 5, "s1"],
      [5, 10, "s1,s2"],
      [10, 15, "s2"],
      [15, 20, ""],
    ]);
  });
});
