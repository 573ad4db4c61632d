import { describe, expect, it } from "vitest";
import { readBundledWorkspace } from "../../../../mapping/bundledWorkspace";
import type { ArgumentMap, CrossAuthorFile } from "../../model";
import { handoutHtml, handoutMarkdown } from "./handout";
import { handoutData } from "./handoutData";
import { htmlTagProblems, unescapeXml } from "./markupCheck";

const bundled = readBundledWorkspace;

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
    expect(q4?.cells[3]).toMatchObject({ opEd: "Analyse Osinga", stance: "absent", word: "neemt geen standpunt in", statements: [] });
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
    expect(lost.links[0]?.from).toEqual({ opEd: "Analyse Osinga", wording: "s999 (uitspraak niet gevonden)", quotes: [], found: false });
    expect(lost.links[0]?.to.opEd).toBe("nergens");
  });
});

describe("handout as Markdown", () => {
  it("prints the matrix as a table: one row per issue, one column per op-ed, stance with symbol and summary", () => {
    const { file, maps } = withoutPosition();
    const md = handoutMarkdown(file, maps);
    expect(md.startsWith("# Strijdpunten: wie zegt wat\n")).toBe(true);
    expect(md).toContain("| Strijdpunt | De oorlog van Trump | Commentaar feb. 2025 | Mousavi | Analyse Osinga | Vijf conclusies |");
    const row = md.split("\n").find((l) => l.startsWith("| Treden de VS op als neutrale"));
    expect(row).toBe(
      "| Treden de VS op als neutrale, geloofwaardige bemiddelaar? | − tegen: Nee: kan niet tegelijk partij en makelaar zijn " +
        "| − tegen: Nee: bepaalt het vredespad samen met Moskou | − tegen: Nee: zonder visie, bagatelliseert Russische aanvallen " +
        "| − tegen: Nee: onduidelijke lijn, beloont Poetin vooraf | ± gemengd: Geeft niets weg, maar 'parkeert' Oekraïne |",
    );
    const q4 = md.split("\n").find((l) => l.startsWith("| Is Rusland bereid"));
    expect(q4?.split(" | ")[2]).toBe("○ geen standpunt");
    expect(q4?.split(" | ")[4]).toBe("· neemt geen standpunt in");
  });

  it("lists each issue with the statements of each position, and every link with its relation and note", () => {
    const { file, maps } = bundled();
    const md = handoutMarkdown(file, maps);
    expect(md).toContain("### 1. Treden de VS op als neutrale, geloofwaardige bemiddelaar?");
    expect(md).toContain("## Verbanden tussen de opiniestukken");
    expect(md).toContain(
      "- **Analyse Osinga:** “Hegseth liet weten dat Rusland bezet Oekraïens gebied mag houden en Oekraïne geen NAVO-lid wordt” " +
        "*zegt hetzelfde als* **Commentaar feb. 2025:** “Kyiv moet de wens opgeven om alle sinds 2014 door Rusland bezette gebieden terug te krijgen”",
    );
    expect(md.match(/ \*(zegt hetzelfde als|spreekt tegen|valt aan|steunt)\* /g)).toHaveLength(30);
  });

  it("escapes Markdown in user text and speaks English when asked", () => {
    const { file, maps } = bundled();
    const odd = { ...file, issues: [{ id: "q1", question: "A | B *or* C?", positions: [] }] };
    const md = handoutMarkdown(odd, maps, { language: "en" });
    expect(md).toContain("| A \\| B \\*or\\* C? | · takes no position |");
    expect(md).toContain("# Points of contention: who says what");
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
    expect(rows[3]).toContain('<td class="absent"><span class="symbol" aria-hidden="true">·</span> neemt geen standpunt in</td>');
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
