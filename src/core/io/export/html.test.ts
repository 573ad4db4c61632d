import { describe, expect, it } from "vitest";
import { findQuote } from "../../anchor/quote";
import { addStatement } from "../../commands/addStatement";
import { updateStatement } from "../../commands/updateStatement";
import type { ArgumentMap } from "../../model/map";
import { escapeXml } from "./escape";
import { EXPORT_EXAMPLE_TEXT, exportExampleMap } from "./example";
import { withExportLayout } from "./exportLayout";
import { renderHtmlViewer } from "./html";
import { VIEWER_SCRIPT } from "./htmlScript";
import { htmlTagProblems, unescapeXml } from "./markupCheck";

const placed = (): Promise<ArgumentMap> => withExportLayout(exportExampleMap());

/** The text of every mark that names a statement, unescaped, joined in document order. */
function markedText(html: string, id: string): string {
  return [...html.matchAll(/<mark [^>]*data-statements="([^"]*)"[^>]*>([^<]*)<\/mark>/g)]
    .filter((m) => (m[1] as string).split(" ").includes(id))
    .map((m) => unescapeXml(m[2] as string))
    .join("");
}

describe("renderHtmlViewer", () => {
  it("refers to nothing outside the file: no URL, no src or href, no url() but data:", async () => {
    const html = renderHtmlViewer(await placed(), EXPORT_EXAMPLE_TEXT);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).not.toMatch(/url\((?!data:)/);
    expect(html).not.toMatch(/@import/);
  });

  it("a web address in the source text stays text in the text pane, and appears nowhere else", async () => {
    const text = `${EXPORT_EXAMPLE_TEXT}\n\nMeer op https://example.org/stuk?a=1&b=2.`;
    const html = renderHtmlViewer(await placed(), text);
    const pane = html.slice(html.indexOf('<div class="source">'), html.indexOf("</section>", html.indexOf('<div class="source">')));
    expect(pane).toContain("https://example.org/stuk?a=1&amp;b=2");
    expect(html.replace(pane, "")).not.toMatch(/https?:\/\//);
  });

  it("is balanced HTML in the map's language, with the title and byline", async () => {
    const html = renderHtmlViewer(await placed(), EXPORT_EXAMPLE_TEXT);
    expect(htmlTagProblems(html)).toEqual([]);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<h1>Europa moet zelf zorgen voor zijn veiligheid</h1>");
    expect(html).toContain("Anneloes de Wit · De Dagkrant · 2025-03");
  });

  it("makes every statement a focusable button named by its role and wording", async () => {
    const map = await placed();
    const html = renderHtmlViewer(map, EXPORT_EXAMPLE_TEXT);
    for (const s of map.statements) {
      const button = new RegExp(
        `<g data-statement="${s.id}" data-role="[a-z]+" class="statement" tabindex="0" role="button" aria-label="([^"]*)"`,
      ).exec(html);
      expect(unescapeXml(button?.[1] ?? ""), s.id).toContain(s.text);
    }
    expect(html).toContain('aria-label="tegenwerping · Noël Brûlé: Een Europees leger is onbetaalbaar"');
  });

  it("wraps each quoted span of the text in marks that name its statement and role", async () => {
    const map = await placed();
    const html = renderHtmlViewer(map, EXPORT_EXAMPLE_TEXT);
    for (const s of map.statements) {
      const expected = s.anchors.map((a) => a.exact.replace(/\n/g, " ")).join("");
      expect(markedText(html, s.id), s.id).toBe(expected);
    }
    expect(html).toMatch(
      /<mark class="span role-counterclaim" data-statement="s5" data-statements="s5" data-role="counterclaim" tabindex="0" title="tegenwerping">„Een Europees leger is onbetaalbaar”<\/mark>/,
    );
    expect(html).toContain("De naïeve hoop dat &lt;alles&gt;");
  });

  it("marks overlapping spans with every statement they belong to, the narrower one first", async () => {
    const base = await placed();
    const wide = findQuote(EXPORT_EXAMPLE_TEXT, "Critici wijzen op de kosten. „Een Europees leger is onbetaalbaar”");
    if (!wide.ok) throw new Error("quote");
    const edit = addStatement(base, { text: "Critici vinden het te duur", anchors: [wide.anchor] });
    if (!edit.ok) throw new Error(edit.problem);
    const html = renderHtmlViewer(edit.map, EXPORT_EXAMPLE_TEXT);
    const id = edit.created[0] as string;
    expect(html).toContain(`data-statement="s5" data-statements="s5 ${id}"`);
    expect(markedText(html, id)).toBe(wide.anchor.exact);
  });

  it("a statement's words that look like markup or a closing script tag stay data", async () => {
    const base = await placed();
    const edit = updateStatement(base, "s2", { note: "</script><script>alert(1)</script>", speaker: "<b>Jan</b>" });
    if (!edit.ok) throw new Error(edit.problem);
    const html = renderHtmlViewer(edit.map, EXPORT_EXAMPLE_TEXT);
    expect(html.match(/<script\b/g)?.length).toBe(2);
    const data = /<script type="application\/json" id="argumap-data">([^<]*)<\/script>/.exec(html)?.[1] ?? "";
    const parsed = JSON.parse(data) as { statements: { id: string; note: string; speaker: string }[] };
    expect(parsed.statements.find((s) => s.id === "s2")).toMatchObject({
      note: "</script><script>alert(1)</script>",
      speaker: "<b>Jan</b>",
    });
    expect(html).toContain(escapeXml("premisse · <b>Jan</b>"));
  });

  it("carries each statement's role label, note, speaker and quotes for the side panel", async () => {
    const html = renderHtmlViewer(await placed(), EXPORT_EXAMPLE_TEXT);
    const data = JSON.parse(/id="argumap-data">([^<]*)</.exec(html)?.[1] ?? "{}") as { statements: Record<string, unknown>[] };
    expect(data.statements.find((s) => s.id === "s4")).toEqual({
      id: "s4",
      role: "premise",
      label: "premisse · impliciet",
      text: "Wie niet op een bondgenoot kan rekenen, moet zichzelf kunnen verdedigen",
      speaker: "",
      note: "Impliciet: de auteur neemt dit als vanzelfsprekend aan.",
      quotes: [],
    });
    expect(data.statements.find((s) => s.id === "s5")).toMatchObject({
      speaker: "Noël Brûlé",
      quotes: ["Een Europees leger is onbetaalbaar"],
    });
  });

  it("has zoom buttons people and tests can find by name", async () => {
    const html = renderHtmlViewer(await placed(), EXPORT_EXAMPLE_TEXT);
    expect(html).toContain('aria-label="Inzoomen"');
    expect(html).toContain('aria-label="Uitzoomen"');
    expect(html).toContain(">Passend</button>");
  });

  it("a selection shows only those statements in the map and marks only their spans", async () => {
    const html = renderHtmlViewer(await placed(), EXPORT_EXAMPLE_TEXT, { selection: ["s1", "s5"] });
    expect([...new Set([...html.matchAll(/data-statement="([^"]+)"/g)].map((m) => m[1]))].sort()).toEqual(["s1", "s5"]);
  });

  it("reflows hard line breaks within a paragraph but keeps blank lines", async () => {
    const map = await placed();
    const text = EXPORT_EXAMPLE_TEXT.replace("geen vanzelfsprekende bondgenoot", "geen vanzelfsprekende\nbondgenoot");
    const html = renderHtmlViewer(map, text);
    expect(html).toContain("geen vanzelfsprekende bondgenoot meer.");
    expect(html).toContain("maar nu.</mark>\n\n");
  });

  it("its script is valid JavaScript that reaches for no network", () => {
    expect(() => new Function(VIEWER_SCRIPT)).not.toThrow();
    expect(VIEWER_SCRIPT).not.toMatch(/fetch\(|XMLHttpRequest|import\(|innerHTML|eval\(|https?:/);
  });
});
