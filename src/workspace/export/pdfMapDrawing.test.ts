import { describe, expect, it } from "vitest";
import { renderMapSvg, withExportLayout } from "../../core";
import { cropDrawing, readMapDrawing, segmentMeetsRect } from "./pdfMapDrawing";
import { bundledMaps } from "./pdfTesting";

describe("the map SVG read back as shapes", () => {
  const [[, bundled] = ["", undefined]] = bundledMaps().filter(([file]) => file.startsWith("osinga"));

  it("finds every statement's box where the SVG draws it, and the size of its wording and label", async () => {
    if (!bundled) throw new Error("the Osinga map is missing from maps/");
    const map = await withExportLayout(bundled);
    const svg = renderMapSvg(map, { header: false, legend: false });
    const drawing = readMapDrawing(svg);
    // The viewer's SVG names each box's place in the drawing (data-box): the same boxes, read independently.
    const inline = renderMapSvg(map, { header: false, legend: false, inline: true });
    const boxes = [...inline.matchAll(/data-box="([^"]+)"/g)].map((m) => m[1]?.split(" ").map(Number));
    const read = drawing?.elements.filter((e) => e.statement).map((e) => [e.bounds.x, e.bounds.y, e.bounds.width, e.bounds.height]);
    expect(read).toHaveLength(map.statements.length);
    for (const [k, box] of boxes.entries()) for (const [i, value] of (box ?? []).entries()) expect(read?.[k]?.[i]).toBeCloseTo(value, 1);
    expect(drawing?.text).toEqual({ wording: 13, smallest: 11 });
    expect(drawing?.elements.filter((e) => e.segment).length).toBeGreaterThan(map.inferences.length);
  });

  it("crops to a region: its viewBox, the boxes in it, none of the others", async () => {
    if (!bundled) throw new Error("the Osinga map is missing from maps/");
    const map = await withExportLayout(bundled);
    const drawing = readMapDrawing(renderMapSvg(map, { header: false, legend: false }));
    if (!drawing) throw new Error("unread");
    const boxes = drawing.elements.filter((e) => e.statement);
    const first = boxes[0];
    if (!first) throw new Error("no boxes");
    const region = { x: first.bounds.x - 5, y: first.bounds.y - 5, width: first.bounds.width + 10, height: first.bounds.height + 10 };
    const cropped = cropDrawing(drawing, region);
    expect(cropped).toMatch(
      new RegExp(
        `<svg[^>]* width="${region.width}" height="${region.height}" viewBox="${region.x} ${region.y} ${region.width} ${region.height}"`,
      ),
    );
    const kept = [...cropped.matchAll(/data-statement="([^"]+)"/g)].map((m) => m[1]);
    const inRegion = boxes.filter(
      (b) =>
        b.bounds.x < region.x + region.width &&
        b.bounds.x + b.bounds.width > region.x &&
        b.bounds.y < region.y + region.height &&
        b.bounds.y + b.bounds.height > region.y,
    );
    expect(kept).toHaveLength(inRegion.length);
    expect(kept.length).toBeLessThan(boxes.length);
    expect(readMapDrawing(cropped)?.elements.filter((e) => e.statement)).toHaveLength(kept.length);
  });

  it("leaves an SVG without the map layer to be printed whole", () => {
    expect(
      readMapDrawing('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'),
    ).toBeUndefined();
  });

  it("tells whether a line passes through a rectangle", () => {
    const r = { x: 0, y: 0, width: 10, height: 10 };
    expect(segmentMeetsRect({ x1: -5, y1: 5, x2: 15, y2: 5 }, r)).toBe(true);
    expect(segmentMeetsRect({ x1: -5, y1: -5, x2: 15, y2: 15 }, r)).toBe(true);
    expect(segmentMeetsRect({ x1: -5, y1: 20, x2: 15, y2: 12 }, r)).toBe(false);
    expect(segmentMeetsRect({ x1: 11, y1: -5, x2: 30, y2: 5 }, r)).toBe(false);
  });
});
