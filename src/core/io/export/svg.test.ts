import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FONT_SIZE, NODE_PADDING, NODE_WIDTH, statementSize } from "../../layout/measure";
import type { ArgumentMap } from "../../model/map";
import { readMap } from "../../schema";
import { exportExampleMap } from "./example";
import { withExportLayout } from "./exportLayout";
import { fontTextWidth } from "./fontMetrics";
import { EXPORT_LABELS } from "./labels";
import { statementText, xmlProblems } from "./markupCheck";
import { COLOUR_PALETTE } from "./palette";
import { buildScene, type Edge, QUOTE_SIZE, type Scene } from "./scene";
import { renderLegendSvg, renderMapSvg } from "./svg";

const placed = async (): Promise<ArgumentMap> => withExportLayout(exportExampleMap());
const colours = (svg: string) => [...svg.matchAll(/#[0-9a-fA-F]{6}\b/g)].map((m) => m[0].toLowerCase());

describe("renderMapSvg", () => {
  it("writes well-formed XML with one <svg> root, in every variant", async () => {
    const map = await placed();
    for (const options of [{}, { quotes: true }, { greyscale: true }, { selection: ["s1", "s2"] }, { header: false, legend: false }]) {
      const svg = renderMapSvg(map, options);
      expect(xmlProblems(svg), JSON.stringify(options)).toEqual([]);
      expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
  });

  it("shows every statement's wording, whole, with its role label", async () => {
    const map = await placed();
    const svg = renderMapSvg(map);
    for (const s of map.statements) {
      const shown = statementText(svg, s.id);
      expect(shown.replace(/\s+/g, " ")).toContain(s.text.replace(/\s+/g, " "));
    }
    expect(statementText(svg, "s1")).toMatch(/^stelling /);
    expect(statementText(svg, "s5")).toMatch(/^tegenwerping · Noël Brûlé /);
    expect(statementText(svg, "s4")).toMatch(/^premisse · impliciet /);
  });

  it("names the speaker only when it is someone other than the author", async () => {
    const map = await placed();
    const byAuthor = { ...map, source: { ...map.source, author: "Noël Brûlé" } };
    expect(statementText(renderMapSvg(byAuthor), "s5")).toMatch(/^tegenwerping Een Europees/);
    expect(statementText(renderMapSvg(map), "s3")).toMatch(/^premisse · Washington /);
  });

  it("escapes <, & and quotes, and keeps Dutch diacritics and curly quotes as they are", async () => {
    const svg = renderMapSvg(await placed(), { quotes: true });
    expect(svg).toContain("De naïeve hoop dat &lt;alles&gt; bij het");
    expect(svg).toContain("defensie &amp;");
    expect(svg).not.toContain("<alles>");
    for (const words of ["Noël Brûlé", "„de", "draagt”", "‘Vroeger’", "méér", "nú"]) expect(svg).toContain(words);
    expect(xmlProblems(svg)).toEqual([]);
  });

  it("a title with markup in it stays text", async () => {
    const map = await placed();
    const svg = renderMapSvg({ ...map, source: { ...map.source, title: `</title><script>alert("x")</script> & co` } });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)");
    expect(xmlProblems(svg)).toEqual([]);
  });

  it("a selection shows only the chosen statements and the inferences among them", async () => {
    const svg = renderMapSvg(await placed(), { selection: ["s1", "s2", "s4"] });
    const shown = [...svg.matchAll(/data-statement="([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toEqual(["s1", "s2", "s4"]);
    const inferences = [...svg.matchAll(/data-inference="([^"]+)"/g)].map((m) => m[1]);
    expect(inferences).toEqual(["i1"]);
    expect(svg).not.toContain("Noël");
  });

  it("in greyscale uses no colour at all, and tells roles apart by dash pattern and label", async () => {
    const svg = renderMapSvg(await placed(), { greyscale: true });
    const used = colours(svg);
    expect(used.length).toBeGreaterThan(5);
    for (const c of used) expect([c.slice(1, 3), c.slice(3, 5)], c).toEqual([c.slice(5, 7), c.slice(5, 7)]);
    for (const style of Object.values(COLOUR_PALETTE.roles)) expect(used).not.toContain(style.stroke);
    const dashes = new Set(
      [...svg.matchAll(/<g data-statement="[^"]+" data-role="([a-z]+)"><rect[^>]*?(?:stroke-dasharray="([^"]+)")?\/>/g)].map(
        (m) => `${m[1]}:${m[2] ?? "solid"}`,
      ),
    );
    expect(dashes).toContain("counterclaim:9 4");
    expect(dashes).toContain("rebuttal:9 3 2 3");
    expect(dashes).toContain("undercutter:2 3");
    expect(svg).toMatch(/stroke-dasharray="6 4"/); // attack edges
  });

  it("in colour uses the role colours of the roles present, and dashes the implicit premise", async () => {
    const svg = renderMapSvg(await placed());
    for (const role of ["thesis", "premise", "counterclaim", "rebuttal", "undercutter", "unconnected"] as const) {
      expect(colours(svg)).toContain(COLOUR_PALETTE.roles[role].stroke);
    }
    expect(svg).toMatch(/<g data-statement="s4" data-role="premise"><rect[^>]*stroke-dasharray="6 4"/);
    expect(svg).toMatch(/<g data-statement="s2" data-role="premise"><rect(?![^>]*stroke-dasharray)[^>]*\/>/);
  });

  it("draws boxes at core's sizes, so they match the canvas", async () => {
    const map = await placed();
    const svg = renderMapSvg(map);
    for (const s of map.statements) {
      const rect = new RegExp(`<g data-statement="${s.id}"[^>]*><rect [^>]*width="(\\d+)" height="(\\d+)"`).exec(svg);
      expect([Number(rect?.[1]), Number(rect?.[2])]).toEqual([NODE_WIDTH, statementSize(s.text).height]);
    }
  });

  it("has a legend of the roles present in the map's language, English for a map in another language", async () => {
    const map = await placed();
    const dutch = renderMapSvg(map, { selection: ["s1", "s2", "s5"] });
    const legend = dutch.slice(dutch.indexOf('data-layer="legend"'), dutch.indexOf('data-layer="map"'));
    expect(legend).toContain(">stelling<");
    expect(legend).toContain(">tegenwerping<");
    expect(legend).not.toContain(">weerlegging<");
    const english = renderMapSvg({ ...map, source: { ...map.source, language: "de" } });
    // The example map has every role but a claim (a statement argued for or against that argues for nothing).
    const present = Object.entries(EXPORT_LABELS.en.roles).filter(([role]) => role !== "claim");
    for (const [, label] of present) expect(english).toContain(`>${label}<`);
  });

  it("names the title and byline in the header, falling back to the text's file name", async () => {
    const map = await placed();
    expect(renderMapSvg(map)).toContain("Anneloes de Wit · De Dagkrant · 2025-03");
    const untitled = { ...map, source: { file: "sub/osinga-europa.txt", language: "nl" } };
    expect(renderMapSvg(untitled)).toContain("<title>osinga-europa</title>");
  });

  it("embeds a given font as a data: URI and refers to nothing outside the file", async () => {
    const svg = renderMapSvg(await placed(), { embedFont: { family: "Noto Sans", regular: "AAEC", bold: "AAED" } });
    expect(svg).toContain("src:url(data:font/ttf;base64,AAEC) format('truetype')");
    expect(svg.replace("http://www.w3.org/2000/svg", "")).not.toMatch(/https?:|url\((?!data:)/);
    expect(xmlProblems(svg)).toEqual([]);
  });

  it("the legend alone is a small well-formed SVG", async () => {
    const svg = renderLegendSvg(await placed(), { greyscale: true });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain(">ondermijning<");
  });
});

describe("the scene behind the SVG", () => {
  const labels = EXPORT_LABELS.nl;

  it("ends an undercut's arrow on the junction of the inference it attacks", async () => {
    const map = await placed();
    const scene = buildScene(map, { labels });
    const undercut = map.inferences.find((i) => i.target === "i1");
    const target = scene.junctions.find((j) => j.inference.id === "i1");
    const arrow = scene.edges.find((e) => e.inference === undercut?.id && e.arrow)?.arrow;
    expect(arrow && target).toBeTruthy();
    if (!arrow || !target) return;
    expect(Math.hypot(arrow[0].x - target.cx, arrow[0].y - target.cy)).toBeCloseTo(target.r, 5);
  });

  it("keeps every line of wording inside its box in the export font", async () => {
    const scene = buildScene(await placed(), { labels, quotes: true });
    expect(scene.wordingSize).toBeLessThanOrEqual(FONT_SIZE);
    for (const box of scene.boxes) {
      const inner = NODE_WIDTH - 2 * NODE_PADDING + 0.01;
      for (const line of box.lines) expect(fontTextWidth(line, scene.wordingSize), line).toBeLessThanOrEqual(inner);
      for (const line of box.quoteLines) expect(fontTextWidth(line, QUOTE_SIZE), line).toBeLessThanOrEqual(inner);
    }
  });

  it("with quotes, boxes grow and what was below moves down so that no two boxes overlap", async () => {
    const map = await placed();
    const plain = buildScene(map, { labels });
    const quoted = buildScene(map, { labels, quotes: true });
    const thesis = (s: typeof plain) => s.boxes.find((b) => b.statement.id === "s1");
    expect(thesis(quoted)?.height).toBeGreaterThan(thesis(plain)?.height ?? 0);
    for (const a of quoted.boxes) {
      for (const b of quoted.boxes) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.statement.id} and ${b.statement.id}`).toBe(false);
      }
    }
  });

  it("draws a map with no positions at all, each statement in its own place", () => {
    const scene = buildScene(exportExampleMap(), { labels });
    const places = new Set(scene.boxes.map((b) => `${b.x},${b.y}`));
    expect(places.size).toBe(scene.boxes.length);
    expect(scene.junctions.every((j) => Number.isFinite(j.cx) && Number.isFinite(j.cy))).toBe(true);
  });

  it("withExportLayout keeps a complete layout and lays out a map that lacks one", async () => {
    const laid = await placed();
    expect(await withExportLayout(laid)).toBe(laid);
    expect(Object.keys(laid.layout)).toEqual(expect.arrayContaining(laid.statements.map((s) => s.id)));
  });
});

const mapsDir = join(import.meta.dirname, "../../../../maps");
const bundledMaps = readdirSync(mapsDir)
  .filter((f) => f.endsWith(".argmap.json") && f !== "workspace.argmap.json")
  .map((f) => {
    const read = readMap(readFileSync(join(mapsDir, f), "utf8"));
    if (!read.ok) throw new Error(`${f}: ${read.error.message}`);
    return { name: f, map: read.value };
  });

/** The statements a straight edge runs through (grazing a border aside). */
function boxesCrossed(edge: Edge, scene: Scene): string[] {
  const crossed = new Set<string>();
  for (let k = 1; k < 64; k++) {
    const x = edge.from.x + ((edge.to.x - edge.from.x) * k) / 64;
    const y = edge.from.y + ((edge.to.y - edge.from.y) * k) / 64;
    for (const b of scene.boxes) {
      if (x > b.x + 2 && x < b.x + b.width - 2 && y > b.y + 2 && y < b.y + b.height - 2) crossed.add(b.statement.id);
    }
  }
  return [...crossed];
}

describe("lines that cross boxes in the exported map", () => {
  it("are the lines across the layout's tree, and only those are drawn twice: in full under the boxes, faint over them", () => {
    let across = 0;
    let crossing = 0;
    for (const { name, map } of bundledMaps) {
      const scene = buildScene(map, { labels: EXPORT_LABELS.nl });
      for (const edge of scene.edges) {
        const crossed = boxesCrossed(edge, scene);
        if (crossed.length > 0) crossing++;
        if (edge.across) across++;
        else expect(crossed, `${name}: a tree line of ${edge.inference}`).toEqual([]);
      }
      const svg = renderMapSvg(map);
      const layers = [...svg.matchAll(/<g data-layer="([a-z-]+)"/g)].map((m) => m[1]);
      expect(layers.indexOf("edges-across"), name).toBeGreaterThan(layers.indexOf("statements"));
      expect(layers.indexOf("edges-across-under"), name).toBeLessThan(layers.indexOf("statements"));
      const layer = (id: string) =>
        svg.slice(svg.indexOf(`<g data-layer="${id}"`), svg.indexOf("</g>", svg.indexOf(`<g data-layer="${id}"`)));
      const count = scene.edges.filter((e) => e.across).length;
      expect(layer("edges-across-under").match(/<line /g)?.length ?? 0, name).toBe(count);
      const onTop = svg.slice(svg.indexOf('<g data-layer="edges-across"'));
      expect(onTop.match(/<line /g)?.length ?? 0, name).toBe(count);
      const opacity = Number(/^<g data-layer="edges-across" opacity="([\d.]+)">/.exec(onTop)?.[1]);
      // Faint enough for the wording under it: at 0.6 the audit found lines striking through words.
      expect(opacity, name).toBeLessThanOrEqual(0.3);
    }
    // The bundled maps share premises between inferences, and some of those extra lines do cross boxes.
    expect(across).toBeGreaterThan(0);
    expect(crossing).toBeGreaterThan(0);
  });
});
