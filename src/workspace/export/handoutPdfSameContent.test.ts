import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLED_DIR, readBundledWorkspace } from "../../../mapping/bundledWorkspace";
import { handoutHtml, handoutMarkdown } from "../../core";
import { forComparison, notInTexts, quotedSpans } from "../../core/io/export/handoutQuoteCheck";
import { unescapeXml } from "../../core/io/export/markupCheck";
import { handoutPdf } from "./handoutPdf";
import { hasPdftotext, pagesOf } from "./handoutPdfText";

/** The three handouts of the bundled workspace say the same things, and quote only what the op-eds say. */

const { file, maps } = readBundledWorkspace();
const texts = Object.values(maps).map((m) => readFileSync(join(BUNDLED_DIR, m.source.file), "utf8"));
/** The key's sample of a quotation, “…”, is the one quotation that is not an op-ed's. */
const spansOf = (text: string) => quotedSpans(text).filter((s) => s !== "…");
/** Markdown without its emphasis and escapes, as it reads. */
const markdown = () =>
  handoutMarkdown(file, maps)
    .replace(/(?<!\\)\*/g, "")
    .replace(/\\([\\`*_[\]<>#|~+-])/g, "$1");
const html = () => unescapeXml(handoutHtml(file, maps).replace(/<[^>]+>/g, ""));

describe.skipIf(!hasPdftotext)("the handout in HTML, Markdown and PDF", () => {
  it("quotes the same spans of the op-eds, in the same order, and nothing they do not say", async () => {
    const pdf = pagesOf(await handoutPdf(file, maps)).join(" ");
    const inPdf = spansOf(pdf);
    expect(inPdf.length).toBeGreaterThan(200);
    expect(notInTexts(inPdf, texts)).toEqual([]);
    // Compared as quotations are: a PDF's reader cannot tell a line broken after a hyphen from one broken before it.
    expect(inPdf.map(forComparison)).toEqual(spansOf(html()).map(forComparison));
    expect(spansOf(markdown())).toEqual(spansOf(html()));
  });

  it("never quotes the analyst's wording of a statement, in any format", async () => {
    const wording = "Poetin zal deze winstpunten ongetwijfeld dankbaar incasseren";
    const pdf = pagesOf(await handoutPdf(file, maps)).join(" ");
    for (const [format, text] of [
      ["pdf", pdf],
      ["html", html()],
      ["md", markdown()],
    ] as const) {
      expect(text, format).toContain(wording);
      expect(text, format).not.toContain(`“${wording}”`);
      expect(text, format).toContain("In de tekst: “Poetin zal die winstpunten ongetwijfeld dankbaar in zijn zak steken”");
    }
  });

  it("carries the same key: what quotation marks mean, every mark of the matrix, every relation", async () => {
    const pdf = pagesOf(await handoutPdf(file, maps)).join(" ");
    const key = pdf.slice(pdf.lastIndexOf("Legenda"));
    for (const [sample, meaning] of [
      ["Tekst zonder aanhalingstekens", "een bewering in de woorden van de analyse: samengevat, geen citaat"],
      ["In de tekst: “…”", "letterlijk de woorden van het opiniestuk"],
      ["geen standpunt", "bij de analyse nagegaan: het stuk beantwoordt deze vraag niet"],
      ["niet ingevuld", "de analyse legt voor dit stuk bij deze vraag (nog) niets vast"],
      ["valt aan", "geeft een reden tegen de andere uitspraak"],
    ]) {
      expect(key).toContain(`${sample} ${meaning}`);
      expect(html()).toContain(`${sample}${meaning}`);
      expect(markdown()).toContain(`${sample} — ${meaning}`);
    }
  });
});
