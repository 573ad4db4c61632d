import { describe, expect, it } from "vitest";
import { renderMapSvg, withExportLayout } from "../../core";
import { type MapDrawing, overlaps, type Rect, readMapDrawing, segmentMeetsRect } from "./pdfMapDrawing";
import { bundledMaps } from "./pdfTesting";
import { legibleScale, MIN_OVERLAP_PT, type PageRoom, pageCount, planPrint, type Tile, tilesAt, windows } from "./pdfTiles";

/** A4 less 36 pt margins, less the part's header line: what a part's page holds, in pt. */
const A4_PART = { portrait: { width: 523.28, height: 749.89 }, landscape: { width: 769.89, height: 503.28 } };
const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;

describe("windows along one axis", () => {
  it("without shapes: as few as cover the length, neighbours overlapping", () => {
    const found = windows(0, 1000, 300, [], 20);
    expect(found.map((w) => w.start)).toEqual([0, 280, 560, 840]);
    expect(found.at(-1)?.coreEnd).toBe(1140);
    expect(found.map((w) => [w.coreStart, w.coreEnd])).toEqual([
      [0, 290],
      [290, 570],
      [570, 850],
      [850, 1140],
    ]);
  });

  it("starts the next window at a shape the cut would split, so it lies whole on one", () => {
    const box: [number, number] = [250, 330];
    const found = windows(0, 1000, 300, [box], 20);
    expect(found.map((w) => w.start)).toEqual([0, 250, 530, 810]);
    expect(found.some((w) => w.start <= box[0] && w.start + 300 >= box[1])).toBe(true);
  });

  it("shows every shape that fits a window whole on one of them", () => {
    const spans: [number, number][] = [];
    for (let k = 0; k < 60; k++) spans.push([k * 47 + ((k * 13) % 29), k * 47 + ((k * 13) % 29) + 40 + ((k * 7) % 90)]);
    const to = Math.max(...spans.map((s) => s[1]));
    const found = windows(0, to, 250, spans, 20);
    for (const [a, b] of spans)
      expect(
        found.some((w) => w.start <= a && w.start + 250 >= b),
        `${a}-${b}`,
      ).toBe(true);
    expect((found.at(-1)?.start ?? 0) + 250).toBeGreaterThanOrEqual(to);
  });
});

describe("the parts of the bundled maps", () => {
  const drawings = Promise.all(
    bundledMaps().map(async ([file, map]) => {
      const drawing = readMapDrawing(renderMapSvg(await withExportLayout(map), { header: false, legend: false }));
      if (!drawing) throw new Error(`${file}: the map layer was not found`);
      return [file, drawing] as const;
    }),
  );
  const each = async (check: (file: string, drawing: MapDrawing, tiles: Tile[], scale: number) => void) => {
    for (const [file, drawing] of await drawings)
      for (const part of [A4_PART.portrait, A4_PART.landscape]) {
        const scale = legibleScale(drawing.text);
        check(`${file} ${part.width}`, drawing, tilesAt(drawing, part, scale), scale);
      }
  };

  it("show every box and junction whole on at least one part", async () => {
    await each((file, drawing, tiles) => {
      const lost = drawing.elements.filter((e) => !e.segment && !tiles.some((t) => inside(e.bounds, t.region)));
      expect(lost, file).toEqual([]);
    });
  });

  it("leave out no shape and no piece of a line: the parts' own areas cover the map once", async () => {
    await each((file, drawing, tiles) => {
      for (const e of drawing.elements) {
        if (!e.segment) {
          expect(
            tiles.some((t) => overlaps(e.bounds, t.core)),
            file,
          ).toBe(true);
          continue;
        }
        for (let t = 0; t <= 1; t += 0.05) {
          const x = e.segment.x1 + (e.segment.x2 - e.segment.x1) * t;
          const y = e.segment.y1 + (e.segment.y2 - e.segment.y1) * t;
          expect(
            tiles.some((tile) => inside({ x, y, width: 0, height: 0 }, tile.core)),
            `${file}: line at ${x},${y}`,
          ).toBe(true);
        }
      }
      for (const [k, a] of tiles.entries()) for (const b of tiles.slice(k + 1)) expect(overlaps(a.core, b.core), file).toBe(false);
    });
  });

  it("have no empty part, and neighbours show at least the overlap of each other", async () => {
    await each((file, drawing, tiles, scale) => {
      for (const tile of tiles) {
        const holds = drawing.elements.some((e) => (e.segment ? segmentMeetsRect(e.segment, tile.core) : overlaps(e.bounds, tile.core)));
        expect(holds, `${file} part ${tile.number}`).toBe(true);
      }
      const least = MIN_OVERLAP_PT / scale - 1e-6;
      for (const a of tiles)
        for (const b of tiles) {
          const sideBySide = Math.abs(a.core.x + a.core.width - b.core.x) < 1e-6 && a.core.y === b.core.y;
          const aboveBelow =
            Math.abs(a.core.y + a.core.height - b.core.y) < 1e-6 &&
            a.core.x < b.core.x + b.core.width &&
            b.core.x < a.core.x + a.core.width;
          if (sideBySide) expect(a.region.x + a.region.width - b.region.x, file).toBeGreaterThanOrEqual(least);
          if (aboveBelow) expect(a.region.y + a.region.height - b.region.y, file).toBeGreaterThanOrEqual(least);
        }
    });
  });

  it("are numbered 1 to M in order", async () => {
    await each((file, _drawing, tiles) =>
      expect(
        tiles.map((t) => t.number),
        file,
      ).toEqual(tiles.map((_, k) => k + 1)),
    );
  });
});

describe("the print plan", () => {
  const box = (x: number, y: number, width = 240, height = 80) => ({ start: 0, end: 0, bounds: { x, y, width, height }, statement: true });
  const drawingOf = (width: number, height: number): MapDrawing => ({
    svg: "",
    width,
    height,
    elements: [box(24, 24), box(width - 264, height - 104)],
    text: { wording: 13, smallest: 11 },
    rootTag: { start: 0, end: 0 },
  });
  const room = (orientation: "portrait" | "landscape"): PageRoom =>
    orientation === "portrait"
      ? { orientation, map: { width: 523, height: 700 }, part: A4_PART.portrait }
      : { orientation, map: { width: 770, height: 450 }, part: A4_PART.landscape };

  it("reads 13 px wording at 7 pt and the 11 px labels at 6 pt", () => {
    expect(legibleScale({ wording: 13, smallest: 11 })).toBeCloseTo(6 / 11, 6);
    expect(legibleScale({ wording: 11, smallest: 11 })).toBeCloseTo(7 / 11, 6);
    expect(legibleScale(undefined)).toBe(0);
  });

  it("keeps a map that reads on one page on one page, no larger than on screen", () => {
    const plan = planPrint(drawingOf(600, 400), [room("portrait"), room("landscape")]);
    expect(plan).toEqual({ kind: "one-page", orientation: "portrait", scale: 0.75 });
  });

  it("turns the page for a wide map when that prints it larger, unless the orientation was chosen", () => {
    const wide = drawingOf(1200, 500);
    expect(planPrint(wide, [room("portrait"), room("landscape")])).toMatchObject({ kind: "one-page", orientation: "landscape" });
    const portrait = planPrint(wide, [room("portrait")]);
    expect(portrait).toMatchObject({ kind: "tiled", orientation: "portrait" });
    expect(portrait.scale).toBeGreaterThanOrEqual(legibleScale(wide.text));
  });

  it("prints a large map as an overview and parts, in the orientation with fewer pages", () => {
    const large = drawingOf(3800, 1300);
    const both = planPrint(large, [room("portrait"), room("landscape")]);
    const pages = [planPrint(large, [room("portrait")]), planPrint(large, [room("landscape")])].map(pageCount);
    expect(both.kind).toBe("tiled");
    expect(pageCount(both)).toBe(Math.min(...pages));
  });
});
