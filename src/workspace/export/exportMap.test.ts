import { describe, expect, it } from "vitest";
import { EXPORT_EXAMPLE_TEXT, exportExampleMap } from "../../core";
import { EXPORT_FORMAT_NAMES, exportMap, isExportFormat } from ".";

describe("exportMap", () => {
  const map = { ...exportExampleMap(), source: { ...exportExampleMap().source, file: "teksten/europa-zelf.txt" } };

  it("makes every format, named after the map's text, with its MIME type", async () => {
    const expected: Record<string, [string, string]> = {
      svg: ["europa-zelf.svg", "image/svg+xml"],
      png: ["europa-zelf.png", "image/png"],
      pdf: ["europa-zelf.pdf", "application/pdf"],
      html: ["europa-zelf.html", "text/html"],
      md: ["europa-zelf.md", "text/markdown"],
      dot: ["europa-zelf.dot", "text/vnd.graphviz"],
      worksheet: ["europa-zelf.werkblad.html", "text/html"],
      argdown: ["europa-zelf.argdown", "text/plain"],
      aif: ["europa-zelf.aif.json", "application/json"],
    };
    expect([...EXPORT_FORMAT_NAMES].sort()).toEqual(Object.keys(expected).sort());
    for (const format of EXPORT_FORMAT_NAMES) {
      const file = await exportMap(map, EXPORT_EXAMPLE_TEXT, format);
      expect([file.fileName, file.mime], format).toEqual(expected[format]);
      expect(file.data.length, format).toBeGreaterThan(100);
    }
  });

  it("a map without positions is laid out before it is drawn", async () => {
    expect(Object.keys(map.layout)).toHaveLength(0);
    const svg = (await exportMap(map, EXPORT_EXAMPLE_TEXT, "svg", { embedFont: false })).data.toString("utf8");
    const places = [...svg.matchAll(/<g data-statement="[^"]+"[^>]*><rect x="([-\d.]+)" y="([-\d.]+)"/g)].map((m) => `${m[1]},${m[2]}`);
    expect(new Set(places).size).toBe(map.statements.length);
  });

  it("embeds the font in an SVG unless told not to", async () => {
    const embedded = await exportMap(map, EXPORT_EXAMPLE_TEXT, "svg");
    const plain = await exportMap(map, EXPORT_EXAMPLE_TEXT, "svg", { embedFont: false });
    expect(embedded.data.toString("utf8")).toContain(
      "@font-face{font-family:'Noto Sans';font-style:normal;font-weight:700;src:url(data:font/ttf;base64,",
    );
    expect(plain.data.toString("utf8")).not.toContain("@font-face");
    expect(embedded.data.length).toBeGreaterThan(plain.data.length + 500_000);
  });

  it("names a 2x PNG as such, and an English worksheet in English", async () => {
    expect((await exportMap(map, "", "png", { scale: 2 })).fileName).toBe("europa-zelf@2x.png");
    const english = { ...map, source: { ...map.source, language: "en" } };
    expect((await exportMap(english, "", "worksheet")).fileName).toBe("europa-zelf.worksheet.html");
  });

  it("passes the conversion report of AIF and Argdown through", async () => {
    const aif = await exportMap(map, EXPORT_EXAMPLE_TEXT, "aif");
    expect(Array.isArray(aif.report)).toBe(true);
    expect(JSON.parse(aif.data.toString("utf8"))).toHaveProperty("nodes");
  });

  it("knows its formats by name", () => {
    expect(isExportFormat("pdf")).toBe(true);
    expect(isExportFormat("toString")).toBe(false);
    expect(isExportFormat("jpeg")).toBe(false);
  });
});
