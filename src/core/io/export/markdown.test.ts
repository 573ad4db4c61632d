import { describe, expect, it } from "vitest";
import { EXPORT_EXAMPLE_TEXT, exportExampleMap } from "./example";
import { inline, renderMarkdownOutline } from "./markdown";

describe("renderMarkdownOutline", () => {
  const md = renderMarkdownOutline(exportExampleMap(), EXPORT_EXAMPLE_TEXT);
  const lines = md.split("\n");

  it("puts the title on top and the central claim as a heading", () => {
    expect(lines[0]).toBe("# Europa moet zelf zorgen voor zijn veiligheid");
    expect(lines).toContain("*Anneloes de Wit · De Dagkrant · 2025-03*");
    expect(md).toMatch(/^## Stelling: Europa moet nú zelf zorgen voor zijn veiligheid \[\^1\]$/m);
  });

  it("nests reasons, objections and rebuttals under what they argue for or against, linked premises marked samen", () => {
    const body = md.slice(md.indexOf("## Stelling"), md.indexOf("## Overige"));
    expect(body).toContain(
      [
        "- **Reden (samen):**",
        "  - De VS zijn geen vanzelfsprekende bondgenoot meer [^2]",
        "    - **Reden:** Washington wil dat Europa „de lasten draagt” — *Washington* [^3]",
        "  - Wie niet op een bondgenoot kan rekenen, moet zichzelf kunnen verdedigen *(impliciet)*",
        "  - **Ondermijning:** Amerika heeft Europa tachtig jaar niet in de steek gelaten — *sommigen* [^4]",
        "    - **Weerlegging:** ‘Vroeger’ is geen garantie voor morgen [^5]",
        "- **Tegenwerping:** Een Europees leger is onbetaalbaar — *Noël Brûlé* [^6]",
        "  - **Weerlegging:** Een oorlog kost méér dan defensie & diplomatie samen [^7]",
      ].join("\n"),
    );
  });

  it("lists statements the central claim does not reach under their own heading", () => {
    expect(md).toContain("## Overige uitspraken\n\n- **Los:** De naïeve hoop dat \\<alles\\> bij het oude blijft, helpt niemand [^8]");
  });

  it("gives every quoted span a numbered footnote in curly quotes, in the order of reading", () => {
    const notes = lines.filter((l) => /^\[\^\d+\]: /.test(l));
    expect(notes).toHaveLength(8);
    expect(notes[0]).toBe("[^1]: “Europa moet zelf zorgen voor zijn veiligheid – niet straks, maar nu.”");
    expect(notes[5]).toBe("[^6]: “Een Europees leger is onbetaalbaar”");
    const refs = [...md.matchAll(/ \[\^(\d+)\]/g)].map((m) => Number(m[1]));
    expect(refs).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("uses English words for a map that is not Dutch", () => {
    const map = exportExampleMap();
    const english = renderMarkdownOutline({ ...map, source: { ...map.source, language: "en" } });
    expect(english).toContain("## Central claim: ");
    expect(english).toContain("- **Reason (together):**");
    expect(english).toContain("*(implicit)*");
    expect(english).toContain("- **Objection:** ");
    expect(english).toContain("- **Rebuttal:** ");
    expect(english).toContain("- **Undercut:** ");
    expect(english).toContain("## Other statements");
  });

  it("shows a statement that serves twice in full once and then refers back to it", () => {
    const map = exportExampleMap();
    const twice = { ...map, inferences: [...map.inferences, { id: "i99", kind: "support" as const, premises: ["s6"], target: "s1" }] };
    const out = renderMarkdownOutline(twice);
    expect(out.match(/Een oorlog kost méér/g)).toHaveLength(2);
    expect(out).toMatch(/Een oorlog kost méér dan defensie & diplomatie samen \*\(zie boven\)\*/);
  });

  it("escapes Markdown syntax in wording", () => {
    expect(inline("a *b* _c_ [d](e) <f> `g` # h\nnext")).toBe("a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\# h next");
  });
});
