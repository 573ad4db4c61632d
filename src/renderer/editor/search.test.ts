import { describe, expect, it } from "vitest";
import { findAll, fold, foldQuery, searchDocument, snippetOf } from "./search";
import { sampleMapRead, sampleText as text } from "./testing";

const map = sampleMapRead();

describe("search over statements and the source text", () => {
  it("ignores case: Poetin finds poetin and POETIN", () => {
    const spans = findAll(fold("poetin en POETIN"), foldQuery("Poetin"));
    expect(spans).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 16 },
    ]);
  });

  it("ignores accents: een finds één, and the span covers the accented word in the original", () => {
    const original = "niet in één dag";
    const [span] = findAll(fold(original), foldQuery("een"));
    expect(span && original.slice(span.start, span.end)).toBe("één");
    expect(findAll(fold("Oekraïne"), foldQuery("oekraine"))).toHaveLength(1);
  });

  it("matches across a hard line break and typographic quotes", () => {
    const original = "‘Biden’s\nWar’ noemen";
    const [span] = findAll(fold(original), foldQuery("biden's war"));
    expect(span && original.slice(span.start, span.end)).toBe("Biden’s\nWar");
  });

  it("finds a statement by a word of its wording and the places in the real text, mapped to exact offsets", () => {
    const results = searchDocument(map, fold(text), "één dag");
    expect(results.statements.map((s) => s.text)).toContain(
      "Trump beëindigde de oorlog niet in één dag, zoals hij in zijn campagne had beloofd",
    );
    expect(results.text.length).toBeGreaterThan(0);
    for (const hit of results.text) expect(foldQuery(text.slice(hit.start, hit.end))).toBe("een dag");
    const statementHit = results.statements[0];
    expect(statementHit?.offset).toBeTypeOf("number");
  });

  it("finds nothing for an empty or blank query", () => {
    expect(searchDocument(map, fold(text), "   ")).toEqual({ statements: [], text: [], moreText: 0 });
  });

  it("lists at most 200 text places and counts the rest", () => {
    const results = searchDocument(undefined, fold("a ".repeat(250)), "a");
    expect(results.text).toHaveLength(200);
    expect(results.moreText).toBe(50);
  });

  it("shows a match with whole words around it on one line", () => {
    const start = text.indexOf("Poetin");
    const snippet = snippetOf(text, { start, end: start + 6 }, 30);
    expect(snippet.match).toBe("Poetin");
    expect(snippet.before).not.toMatch(/\n/);
    expect(`${snippet.before}${snippet.match}${snippet.after}`.replace(/…/g, "")).toMatch(/^\S.*\S$/);
  });
});
