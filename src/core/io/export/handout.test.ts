import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_DIR, readBundledWorkspace } from "../../../../mapping/bundledWorkspace";
import type { ArgumentMap, CrossAuthorFile } from "../../model";
import { handoutHtml, handoutMarkdown } from "./handout";
import { handoutData } from "./handoutData";
import { notInTexts, quotedSpans } from "./handoutQuoteCheck";
import { htmlTagProblems, unescapeXml } from "./markupCheck";

const bundled = readBundledWorkspace;

/** The op-eds' own texts, where every quotation of the handout must be found. */
const texts = (maps: Record<string, ArgumentMap>) => Object.values(maps).map((m) => readFileSync(join(BUNDLED_DIR, m.source.file), "utf8"));

/** Markdown's escapes undone, so its text compares with the other formats'. */
const unescapeMarkdown = (md: string) => md.replace(/\\([\\`*_[\]<>#|~+-])/g, "$1");

/** The key's sample of a quotation, “…”, is the one quotation that is not an op-ed's. */
const spansOf = (text: string) => quotedSpans(text).filter((s) => s !== "…");

/** The bundled file with one op-ed's position on q4 taken out, so that the op-ed takes none there. */
function withoutPosition(): { file: CrossAuthorFile; maps: Record<string, ArgumentMap> } {
  const { file, maps } = bundled();
  const issues = file.issues.map((i) => (i.id === "q4" ? { ...i, positions: i.positions.filter((p) => p.map !== "osinga-europa") } : i));
  return { file: { ...file, issues }, maps };
}

describe("the handout's content, shared by Markdown, HTML and PDF", () => {
  it("gives each cell its stance or its absence, and each link's statements with the words of their texts", () => {
    const { file, maps } = withoutPosition();
    const data = handoutData(file, maps);
    expect([data.language, data.title]).toEqual(["nl", "Strijdpunten: wie zegt wat"]);
    expect(data.issues.map((i) => i.cells.length)).toEqual(file.issues.map(() => file.maps.length));
    const q4 = data.issues.find((i) => i.id === "q4");
    expect(q4?.number).toBe(4);
    expect(q4?.cells[3]).toMatchObject({ opEd: "Analyse Osinga", stance: "absent", word: "niet ingevuld", statements: [] });
    const first = data.links[0];
    expect(first?.from).toMatchObject({ opEd: "Analyse Osinga", found: true });
    expect(first?.from.quotes[0]).toMatch(/^Woensdag liet de Amerikaanse defensieminister Pete Hegseth weten/);
    const lost = handoutData(
      {
        ...file,
        links: [
          { id: "x", from: { map: "osinga-europa", statement: "s999" }, to: { map: "nergens", statement: "s1" }, relation: "attacks" },
        ],
      },
      maps,
    );
    expect(lost.links[0]?.from).toEqual({
      opEd: "Analyse Osinga",
      wording: "s999 (uitspraak niet gevonden)",
      quotes: [],
      found: false,
      lines: [{ kind: "missing", lead: "", text: "s999 (uitspraak niet gevonden)" }],
    });
    expect(lost.links[0]?.to.opEd).toBe("nergens");
  });

  it("prints a statement as the analyst's wording without quotation marks, then the text's own words between them", () => {
    const { file, maps } = bundled();
    const link = handoutData(file, maps).links[1];
    expect(link?.to.lines).toEqual([
      { kind: "wording", lead: "", text: "Poetin zal deze winstpunten ongetwijfeld dankbaar incasseren" },
      { kind: "quote", lead: "In de tekst: ", text: "“Poetin zal die winstpunten ongetwijfeld dankbaar in zijn zak steken”" },
    ]);
  });

  it("says of an implicit statement that it is not in the text, and quotes nothing for it", () => {
    const { file, maps } = bundled();
    // s27 of Osinga has no anchor: the analyst added it.
    const issues = file.issues.map((i) => ({
      ...i,
      positions: i.positions.map((p) => (p.map === "osinga-europa" ? { ...p, statements: ["s27"] } : p)),
    }));
    const cell = handoutData({ ...file, issues }, maps).issues[0]?.cells[3];
    expect(cell?.statements[0]?.lines.map((l) => l.kind)).toEqual(["wording", "implicit"]);
    expect(cell?.statements[0]?.lines[1]?.text).toBe("impliciet: niet in de tekst, toegevoegd bij de analyse");
    expect(handoutMarkdown({ ...file, issues }, maps)).toContain("    - *impliciet: niet in de tekst, toegevoegd bij de analyse*");
  });

  it("keys 'geen standpunt' (checked: the op-ed does not answer) apart from 'niet ingevuld' (nothing recorded)", () => {
    const { file, maps } = bundled();
    for (const language of ["nl", "en"] as const) {
      const stances = handoutData(file, maps, { language }).key.stances.entries;
      const none = stances.find((s) => s.stance === "none");
      const absent = stances.find((s) => s.stance === "absent");
      const words = (text = "") => new Set(text.toLowerCase().split(/\W+/u).filter(Boolean));
      const shared = [...words(none?.word)].filter((w) => words(absent?.word).has(w));
      expect(shared, language).toEqual([]);
      expect(new Set(stances.map((s) => s.meaning)).size, language).toBe(5);
    }
    const nl = handoutData(file, maps).key.stances.entries;
    expect(nl.map((s) => `${s.symbol} ${s.word}`)).toEqual(["+ voor", "− tegen", "± gemengd", "○ geen standpunt", "· niet ingevuld"]);
  });
});

describe("quotation marks in the handout", () => {
  const { file, maps } = bundled();
  const md = unescapeMarkdown(handoutMarkdown(file, maps));
  const html = unescapeXml(handoutHtml(file, maps));

  it("put no statement's wording between them, only words that are in the op-eds' texts", () => {
    for (const [format, text] of [
      ["md", md],
      ["html", html],
    ] as const) {
      const spans = spansOf(text);
      expect(spans.length, format).toBeGreaterThan(200);
      expect(notInTexts(spans, texts(maps)), format).toEqual([]);
      expect(text, format).not.toContain("“Poetin zal deze winstpunten ongetwijfeld dankbaar incasseren”");
      expect(text, format).toContain("Poetin zal deze winstpunten ongetwijfeld dankbaar incasseren");
    }
  });

  it("quote the same spans in Markdown and HTML, each after “In de tekst:”", () => {
    expect(spansOf(md)).toEqual(spansOf(html));
    const data = handoutData(file, maps);
    const all = [...data.issues.flatMap((i) => i.cells.flatMap((c) => c.statements)), ...data.links.flatMap((l) => [l.from, l.to])].flatMap(
      (s) => s.quotes,
    );
    expect(spansOf(md)).toHaveLength(all.length);
    expect(md.match(/\*In de tekst:\* “/g)).toHaveLength(all.length + 1);
  });

  it("set a quotation inside a span in single quotes, and drop only the marks that enclose the span", () => {
    expect(md).toContain(
      "“Zelfs áls Amerika militair aan de kant van Europa en Oekraïne blijft staan, is het essentieel dat Europese regeringsleiders afspraken maken over ‘een geloofwaardige afschrikkingsmacht’”",
    );
    expect(md).toContain("“Europa zit niet aan tafel, maar moet wel de lasten dragen.”");
  });
});

describe("handout as Markdown", () => {
  it("prints the matrix as a table: one numbered row per issue, one column per op-ed, stance with symbol and summary", () => {
    const { file, maps } = withoutPosition();
    const md = handoutMarkdown(file, maps);
    expect(md.startsWith("# Strijdpunten: wie zegt wat\n")).toBe(true);
    expect(md).toContain("| Strijdpunt | De oorlog van Trump | Commentaar feb. 2025 | Mousavi | Analyse Osinga | Vijf conclusies |");
    const row = md.split("\n").find((l) => l.startsWith("| 1. Treden de VS op als neutrale"));
    expect(row).toBe(
      "| 1. Treden de VS op als neutrale, geloofwaardige bemiddelaar? | − tegen: Nee: kan niet tegelijk partij en makelaar zijn " +
        "| − tegen: Nee: bepaalt het vredespad samen met Moskou | − tegen: Nee: zonder visie, bagatelliseert Russische aanvallen " +
        "| − tegen: Nee: onduidelijke lijn, beloont Poetin vooraf | ± gemengd: Geeft niets weg, maar 'parkeert' Oekraïne |",
    );
    const q4 = md.split("\n").find((l) => l.startsWith("| 4. Is Rusland bereid"));
    expect(q4?.split(" | ")[2]).toBe("○ geen standpunt");
    expect(q4?.split(" | ")[4]).toBe("· niet ingevuld");
  });

  it("lists each issue with its note and every position's statements and note, and every link with both sides and its note", () => {
    const { file, maps } = bundled();
    const md = handoutMarkdown(file, maps);
    expect(md).toContain(
      "### 1. Treden de VS op als neutrale, geloofwaardige bemiddelaar?\n\nGeen tekst noemt de VS een geloofwaardige bemiddelaar",
    );
    expect(md).toContain("  - *Notitie:* Osinga tempert dit zelf: Trump wil de Russen niet met te veel laten wegkomen (s18).");
    expect(md).toContain(
      [
        "2. **Analyse Osinga** *zegt hetzelfde als* **Commentaar feb. 2025**",
        "   - **Analyse Osinga:** Trump geeft al dingen weg vóór de onderhandelingen en beloont Poetin als oorlogsmisdadiger",
        "     - *In de tekst:* “Hiermee geeft Trump al dingen weg voordat de onderhandelingen begonnen zijn en beloont hij Poetin als oorlogsmisdadiger.”",
        "   - **Commentaar feb. 2025:** Poetin zal deze winstpunten ongetwijfeld dankbaar incasseren",
        "     - *In de tekst:* “Poetin zal die winstpunten ongetwijfeld dankbaar in zijn zak steken”",
        "   - *Notitie:* Beide lezen Hegseths toezeggingen als een cadeau aan Poetin",
      ].join("\n"),
    );
    expect(md.match(/^\d+\. \*\*.+\*\* \*(zegt hetzelfde als|spreekt tegen|valt aan|steunt)\* \*\*/gm)).toHaveLength(30);
  });

  it("ends with the key: statements and quotations, every mark of the matrix, every relation", () => {
    const { file, maps } = bundled();
    const key = handoutMarkdown(file, maps).split("## Legenda\n")[1] ?? "";
    expect(key).toContain("- Tekst zonder aanhalingstekens — een bewering in de woorden van de analyse: samengevat, geen citaat");
    expect(key).toContain("- *In de tekst:* “…” — letterlijk de woorden van het opiniestuk");
    expect(key).toContain("- \\+ **voor** — het stuk beantwoordt de vraag met ja");
    expect(key).toContain("- · *niet ingevuld* — de analyse legt voor dit stuk bij deze vraag (nog) niets vast");
    expect(key).toContain("- *valt aan* — geeft een reden tegen de andere uitspraak");
  });

  it("escapes Markdown in user text and speaks English when asked", () => {
    const { file, maps } = bundled();
    const odd = { ...file, issues: [{ id: "q1", question: "A | B *or* C?", positions: [] }] };
    const md = handoutMarkdown(odd, maps, { language: "en" });
    expect(md).toContain("| 1. A \\| B \\*or\\* C? | · not filled in |");
    expect(md).toContain("# Points of contention: who says what");
    expect(md).toContain("## Key");
  });
});

describe("handout as HTML", () => {
  it("is one balanced HTML file in Dutch with nothing outside it, and the matrix with a symbol in every cell", () => {
    const { file, maps } = withoutPosition();
    const html = handoutHtml(file, maps);
    expect(htmlTagProblems(html)).toEqual([]);
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toMatch(/https?:\/\/|\s(src|href)=|@import/);
    const rows = [...html.matchAll(/<tr><th scope="row">[\s\S]*?<\/tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row.match(/<span class="symbol" aria-hidden="true">/g)).toHaveLength(5);
    expect(unescapeXml(rows[0] ?? "")).toContain("Geeft niets weg, maar 'parkeert' Oekraïne");
    expect(rows[3]).toContain(
      '<td class="absent"><span class="absent"><span class="symbol" aria-hidden="true">·</span> niet ingevuld</span></td>',
    );
  });

  it("carries the issue notes, the position notes, the links' notes and the key", () => {
    const { file, maps } = bundled();
    const html = unescapeXml(handoutHtml(file, maps));
    for (const issue of file.issues) if (issue.note) expect(html).toContain(issue.note);
    for (const note of file.issues.flatMap((i) => i.positions.map((p) => p.note ?? "")).filter(Boolean)) expect(html).toContain(note);
    for (const note of file.links.map((l) => l.note ?? "").filter(Boolean)) expect(html).toContain(note);
    expect(html).toContain("<h2>Legenda</h2>");
    expect(html).toContain(
      '<p class="quote"><span class="lead">In de tekst: </span>“…”</p></dt><dd>letterlijk de woorden van het opiniestuk</dd>',
    );
  });

  it("escapes every text from the file, so a question cannot inject markup", () => {
    const { file, maps } = bundled();
    const evil = {
      ...file,
      issues: [
        {
          id: "q1",
          question: "<script>alert(1)</script> & co?",
          positions: [{ map: "osinga-europa", statements: [], stance: "pro" as const, summary: '"Ja" <b>' }],
        },
      ],
    };
    const html = handoutHtml(evil, maps);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co?");
    expect(html).toContain("&quot;Ja&quot; &lt;b&gt;");
    expect(htmlTagProblems(html)).toEqual([]);
  });
});
