import { type BoxText, type MapDrawing, overlaps, type Rect, type Segment, segmentMeetsRect } from "./pdfMapDrawing";

/**
 * How the map PDF is cut into pages. A map whose boxes can be read on one page keeps one page; a larger map gets
 * an overview page and then the map in parts ("tiles") at a size to read, as few pages as will do.
 */

/**
 * The least size of a statement's wording in print. 7 pt Noto Sans has an x-height of 3.75 pt (0.536 em), that
 * of 8.4 pt Times: the size of a newspaper's body text, which a student reads on paper without effort.
 */
export const LEGIBLE_WORDING_PT = 7;
/** The role label (bold) and the quoted words (set apart) are a word or a line each: a little smaller will do. */
export const LEGIBLE_SMALL_PT = 6;
/** At most the size the SVG has on screen (96 px to 72 pt): a small map stays readable, never blown up. */
export const MAX_SCALE = 0.75;
/** Neighbouring parts show at least this much of each other on paper, so a cut never loses its context. */
export const MIN_OVERLAP_PT = 20;
/** Room around a shape for its border, so a box counted whole on a part is not shaved at its edge. */
const STROKE_ROOM = 3;
const SCALE_STEP = 0.005;

export type Orientation = "portrait" | "landscape";

export interface Size {
  width: number;
  height: number;
}

/** What a page of one orientation has room for, in pt. */
export interface PageRoom {
  orientation: Orientation;
  /** For the map on the first page, under the title, byline and legend. */
  map: Size;
  /** For a part of the map, under its header line. */
  part: Size;
}

export interface Tile {
  /** From 1, in reading order: band by band (rows down the page, or columns left to right). */
  number: number;
  /** The part of the map its page shows, in SVG px. */
  region: Rect;
  /**
   * The part of the region that is this tile's own: the overlaps are split down the middle, so the cores of all
   * tiles cover the map once. The overview draws them as its grid.
   */
  core: Rect;
}

export type PrintPlan =
  | { kind: "one-page"; orientation: Orientation; scale: number }
  | { kind: "tiled"; orientation: Orientation; scale: number; tiles: Tile[]; overviewScale: number };

export function pageCount(plan: PrintPlan): number {
  return plan.kind === "one-page" ? 1 : 1 + plan.tiles.length;
}

/** The least scale (pt per SVG px) at which every text in the boxes is legible; 0 for a map without statements. */
export function legibleScale(text: BoxText | undefined): number {
  return text ? Math.max(LEGIBLE_WORDING_PT / text.wording, LEGIBLE_SMALL_PT / text.smallest) : 0;
}

/** The map fitted to the room, never above MAX_SCALE. */
export function fitScale(size: Size, room: Size): number {
  return Math.min(room.width / size.width, room.height / size.height, MAX_SCALE);
}

/**
 * The plan that needs the fewest pages among the orientations given, then the one that prints the map (then its
 * overview) larger; on a tie the first orientation given.
 */
export function planPrint(drawing: MapDrawing, rooms: readonly PageRoom[]): PrintPlan {
  const legible = legibleScale(drawing.text);
  const plans = rooms.map((room) => planFor(drawing, room, legible));
  const rank = (p: PrintPlan) => [-pageCount(p), p.scale, p.kind === "tiled" ? p.overviewScale : p.scale];
  const better = (a: PrintPlan, b: PrintPlan) => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let k = 0; k < ra.length; k++) {
      const d = (ra[k] ?? 0) - (rb[k] ?? 0);
      if (Math.abs(d) > 1e-9) return d > 0;
    }
    return false;
  };
  const best = plans.reduce<PrintPlan | undefined>((chosen, p) => (chosen && !better(p, chosen) ? chosen : p), undefined);
  if (!best) throw new Error("planPrint needs at least one page orientation");
  return best;
}

function planFor(drawing: MapDrawing, room: PageRoom, legible: number): PrintPlan {
  const scale = fitScale(drawing, room.map);
  if (scale >= legible) return { kind: "one-page", orientation: room.orientation, scale };
  // The fewest parts at the legible scale; then as large as that many parts allow, for easier reading.
  const tiled = (at: number, tiles: Tile[]): PrintPlan => ({
    kind: "tiled",
    orientation: room.orientation,
    scale: at,
    tiles,
    overviewScale: scale,
  });
  const fewest = tilesAt(drawing, room.part, legible);
  for (let k = Math.floor((Math.max(MAX_SCALE, legible) - legible) / SCALE_STEP); k > 0; k--) {
    const larger = legible + k * SCALE_STEP;
    const tiles = tilesAt(drawing, room.part, larger);
    if (tiles.length <= fewest.length) return tiled(larger, tiles);
  }
  return tiled(legible, fewest);
}

/**
 * The map in parts of `part` (pt) at `scale`, neighbours overlapping by at least MIN_OVERLAP_PT, each box and
 * junction whole on at least one part. The parts are laid in bands, rows (or columns) as few as will do, and
 * each band in as few parts as its own content needs: an argument's tree is narrow at its top and wide below,
 * so a band of its top needs fewer parts than one of its bottom. Whichever way gives fewer parts is taken.
 * Parts whose own area (core) holds nothing of the map are left out.
 */
export function tilesAt(drawing: MapDrawing, part: Size, scale: number): Tile[] {
  const inRows = bandTiles(drawing, part, scale, "y");
  const inColumns = bandTiles(drawing, part, scale, "x");
  return inColumns.length < inRows.length ? inColumns : inRows;
}

type Axis = "x" | "y";
type Range = [number, number];

function bandTiles(drawing: MapDrawing, part: Size, scale: number, across: Axis): Tile[] {
  const along: Axis = across === "y" ? "x" : "y";
  const length = { x: part.width / scale, y: part.height / scale };
  const overlap = MIN_OVERLAP_PT / scale;
  const shapes = drawing.elements.map((e) => ({ element: e, bounds: grow(e.bounds, STROKE_ROOM) }));
  const boxes = shapes.filter((s) => !s.element.segment);
  const extent = shapes.length > 0 ? union(shapes.map((s) => s.bounds)) : { x: 0, y: 0, width: drawing.width, height: drawing.height };
  const bands = windows(
    extent[across],
    extent[across] + size(extent, across),
    length[across],
    boxes.map((s) => range(s.bounds, across)),
    overlap,
  );
  const tiles: Tile[] = [];
  for (const band of bands) {
    const window: Range = [band.start, band.start + length[across]];
    const core: Range = [band.coreStart, band.coreEnd];
    // What the band shows: every shape's part in its core; whole, the boxes it is the one to show whole.
    const reach: Range[] = [];
    const whole: Range[] = [];
    for (const { element, bounds } of shapes) {
      if (element.segment) {
        const piece = segmentWithin(element.segment, across, core);
        if (piece) reach.push(piece);
        continue;
      }
      const [a, b] = range(bounds, across);
      if (b <= core[0] || a >= core[1]) continue;
      reach.push(range(bounds, along));
      if (a >= window[0] && b <= window[1]) whole.push(range(bounds, along));
    }
    if (reach.length === 0) continue;
    const from = Math.min(...reach.map((r) => r[0]));
    const to = Math.max(...reach.map((r) => r[1]));
    for (const cell of windows(from, to, length[along], whole, overlap)) {
      const coreRect = rect(across, core, [cell.coreStart, cell.coreEnd]);
      const holds = drawing.elements.some((e) => (e.segment ? segmentMeetsRect(e.segment, coreRect) : overlaps(e.bounds, coreRect)));
      if (!holds) continue;
      const region = rect(across, window, [cell.start, cell.start + length[along]]);
      tiles.push({ number: tiles.length + 1, region, core: coreRect });
    }
  }
  return tiles;
}

/** A rectangle from its range across the bands and its range along them. */
function rect(across: Axis, a: Range, b: Range): Rect {
  const [x, y] = across === "y" ? [b, a] : [a, b];
  return { x: x[0], y: y[0], width: x[1] - x[0], height: y[1] - y[0] };
}

function range(r: Rect, axis: Axis): Range {
  return axis === "x" ? [r.x, r.x + r.width] : [r.y, r.y + r.height];
}

function size(r: Rect, axis: Axis): number {
  return axis === "x" ? r.width : r.height;
}

/** The range along the band of the piece of a line that lies in the band (across: from..to), if any. */
function segmentWithin(s: Segment, across: Axis, [from, to]: Range): Range | undefined {
  const [a1, a2, b1, b2] = across === "y" ? [s.y1, s.y2, s.x1, s.x2] : [s.x1, s.x2, s.y1, s.y2];
  const at = (t: number) => b1 + (b2 - b1) * t;
  if (a1 === a2) return a1 >= from && a1 <= to ? [Math.min(b1, b2), Math.max(b1, b2)] : undefined;
  const t1 = Math.max(0, Math.min((from - a1) / (a2 - a1), (to - a1) / (a2 - a1)));
  const t2 = Math.min(1, Math.max((from - a1) / (a2 - a1), (to - a1) / (a2 - a1)));
  if (t1 > t2) return undefined;
  return [Math.min(at(t1), at(t2)) - STROKE_ROOM, Math.max(at(t1), at(t2)) + STROKE_ROOM];
}

interface Window {
  start: number;
  coreStart: number;
  coreEnd: number;
}

/**
 * Windows of `length` along one axis from `from` past `to`, as few as keep every span (a shape's extent, when it
 * fits a window) whole in one of them. Greedy and optimal: each next window starts as late as the overlap and the
 * first span the current one cuts allow.
 */
export function windows(from: number, to: number, length: number, spans: readonly Range[], overlap: number): Window[] {
  const fitting = spans.filter(([a, b]) => b - a <= length);
  const least = Math.min(overlap, length / 4);
  const starts = [from];
  for (let start = from; start + length < to; ) {
    let next = start + length - least;
    for (const [a, b] of fitting) if (b > start + length && a < next && a > start) next = a;
    starts.push(next);
    start = next;
  }
  return starts.map((start, k) => {
    const before = starts[k - 1];
    const after = starts[k + 1];
    return {
      start,
      coreStart: before === undefined ? start : (start + before + length) / 2,
      coreEnd: after === undefined ? start + length : (after + start + length) / 2,
    };
  });
}

function grow(r: Rect, by: number): Rect {
  return { x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by };
}

function union(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}
