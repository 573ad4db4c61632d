import type { ArgumentMap, Statement } from "../model/map";
import { JUNCTION_SIZE, statementSize } from "./measure";
import { JUNCTION_TO_PREMISE, SIBLING_GAP, STATEMENT_TO_JUNCTION } from "./rows";

/** A box's size, and whether it is a junction, which other boxes may come closer to. */
interface Size {
  width: number;
  height: number;
  junction: boolean;
}

interface Box extends Size {
  x: number;
  y: number;
}

type Point = { x: number; y: number };

/** How far apart a placed statement keeps from every other: the layout's gap between neighbours. */
const GAP = SIBLING_GAP;
/** A junction may come closer: the layout hangs a premise 22 px under its junction. */
const JUNCTION_GAP = 12;
/** The rows tried below the preferred point, this far apart. */
const ROW_STEP = 20;
const ROWS = 60;
/** A pixel down costs this many pixels sideways: a box goes beside its neighbours rather than below them. */
const DOWN_COST = 4;
/** Going left costs a little more than going right, so that a new sibling follows the ones there, as text is read. */
const LEFT_COST = 1.2;

/**
 * Where to put a box that has no position yet without moving any other: a premise under the junction of its
 * inference (or under its conclusion), a junction between its premises and its conclusion, at the nearest free
 * place to that point. This is what keeps the map from reshuffling on every edit.
 */
export function placeNear(map: ArgumentMap, id: string, anchorPoint?: Point): Point {
  const boxes = occupiedBoxes(map, id);
  const size = sizeOf(map, id);
  const start = anchorPoint ?? preferredPoint(map, id, size) ?? fallbackPoint(boxes);
  return nearestFree(boxes, start, size, !size.junction);
}

/**
 * Where boxes that came with their own positions (pasted ones) go instead when they would lie on others: the
 * whole group moves together, by the smallest shift that clears every other box. Undefined when they are clear.
 */
export function shiftClear(map: ArgumentMap, ids: readonly string[]): Point | undefined {
  const group = new Set(ids);
  const own = ids.flatMap((id) => {
    const p = map.layout[id];
    return p ? [{ ...p, ...sizeOf(map, id) }] : [];
  });
  if (own.length === 0) return undefined;
  const others = Object.keys(map.layout)
    .filter((id) => !group.has(id))
    .map((id) => boxOf(map, id));
  const left = Math.min(...own.map((b) => b.x));
  const top = Math.min(...own.map((b) => b.y));
  const hull = {
    junction: false,
    width: Math.max(...own.map((b) => b.x + b.width)) - left,
    height: Math.max(...own.map((b) => b.y + b.height)) - top,
  };
  if (!own.some((b) => others.some((o) => overlaps(o, b, gapBetween(o, b))))) return undefined;
  // The group's hull is searched for as one box: a little more room than needed, and one search instead of many.
  const to = nearestFree(others, { x: left, y: top }, hull);
  return { x: to.x - left, y: to.y - top };
}

/**
 * The free place for a box of this size nearest to the start, looking sideways in each row and down row by row.
 * With `openBelow`, a place further down must have nothing above it down from the start: a statement right under
 * another box reads as that box's premise, and its line up to its junction would run under that box.
 */
function nearestFree(boxes: Box[], start: Point, size: Size, openBelow = false): Point {
  let best: Point | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  const gap = (b: Box) => gapBetween(b, size);
  const covered = (x: number, y: number) =>
    boxes.some((b) => b.y < y && b.y + b.height > start.y && b.x < x + size.width + gap(b) && x < b.x + b.width + gap(b));
  for (let row = 0; row < ROWS; row++) {
    const y = start.y + row * ROW_STEP;
    const rowCost = row * ROW_STEP * DOWN_COST;
    if (rowCost >= bestCost) break;
    const inRow = boxes.filter((b) => b.y < y + size.height + gap(b) && y < b.y + b.height + gap(b));
    // The free places in a row start at the preferred x or right beside a box there, on either side.
    const xs = [start.x, ...inRow.flatMap((b) => [b.x + b.width + gap(b), b.x - size.width - gap(b)])];
    for (const x of xs) {
      const cost = rowCost + (x < start.x ? (start.x - x) * LEFT_COST : x - start.x);
      if (cost >= bestCost) continue;
      if (!inRow.some((b) => overlaps(b, { x, y, ...size }, gap(b))) && !(openBelow && row > 0 && covered(x, y))) {
        best = { x, y };
        bestCost = cost;
      }
    }
  }
  return best ?? start;
}

function preferredPoint(map: ArgumentMap, id: string, size: Size): Point | undefined {
  const asInference = map.inferences.find((i) => i.id === id);
  if (asInference) return junctionPoint(map, asInference.premises, asInference.target);
  for (const inf of map.inferences) {
    if (!inf.premises.includes(id)) continue;
    // Under its junction, as the layout hangs a premise; under the conclusion while the junction has no place yet.
    const junction = map.layout[inf.id];
    if (junction) return { x: junction.x + JUNCTION_SIZE / 2 - size.width / 2, y: junction.y + JUNCTION_SIZE + JUNCTION_TO_PREMISE };
    const target = map.layout[inf.target] ? boxOf(map, inf.target) : undefined;
    if (target) {
      return {
        x: target.x + target.width / 2 - size.width / 2,
        y: target.y + target.height + STATEMENT_TO_JUNCTION + JUNCTION_SIZE + JUNCTION_TO_PREMISE,
      };
    }
  }
  return undefined;
}

/**
 * A junction sits where its lines meet: above the middle of its placed premises, under its conclusion as the
 * layout puts it (halfway when the premises stand closer); without placed premises, under its conclusion.
 */
function junctionPoint(map: ArgumentMap, premises: readonly string[], targetId: string): Point | undefined {
  const target = map.layout[targetId] ? boxOf(map, targetId) : undefined;
  const placed = premises.filter((p) => map.layout[p]).map((p) => boxOf(map, p));
  if (placed.length === 0) {
    return target ? { x: target.x + target.width / 2 - JUNCTION_SIZE / 2, y: target.y + target.height + STATEMENT_TO_JUNCTION } : undefined;
  }
  const centre = placed.reduce((sum, b) => sum + b.x + b.width / 2, 0) / placed.length;
  const top = Math.min(...placed.map((b) => b.y));
  const x = centre - JUNCTION_SIZE / 2;
  if (!target) return { x, y: top - JUNCTION_TO_PREMISE - JUNCTION_SIZE };
  // Where the layout puts it (just under the conclusion) when the premises leave the room, else halfway.
  const bottom = target.y + target.height;
  const room = top - bottom >= STATEMENT_TO_JUNCTION + JUNCTION_SIZE + JUNCTION_TO_PREMISE;
  return { x, y: room ? bottom + STATEMENT_TO_JUNCTION : (bottom + top) / 2 - JUNCTION_SIZE / 2 };
}

function fallbackPoint(boxes: Box[]): Point {
  if (boxes.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...boxes.map((b) => b.x)), y: Math.max(...boxes.map((b) => b.y + b.height)) + 60 };
}

/**
 * Every placement measures every box of the map: statements are looked up by id and measured once each (a
 * statement object never changes), or a paste of a few boxes into a large map would take seconds.
 */
const statementIndexes = new WeakMap<ArgumentMap, Map<string, Statement>>();
const sizes = new WeakMap<Statement, Size>();
const JUNCTION_BOX: Size = { width: JUNCTION_SIZE, height: JUNCTION_SIZE, junction: true };

/** The central claim's thicker border can cost it a line, so its box is measured as such. */
function sizeOf(map: ArgumentMap, id: string): Size {
  let index = statementIndexes.get(map);
  if (!index) {
    index = new Map(map.statements.map((s) => [s.id, s]));
    statementIndexes.set(map, index);
  }
  const statement = index.get(id);
  if (!statement) return JUNCTION_BOX;
  let size = sizes.get(statement);
  if (!size) {
    size = { ...statementSize(statement.text, statement.central === true), junction: false };
    sizes.set(statement, size);
  }
  return size;
}

function boxOf(map: ArgumentMap, id: string): Box {
  const p = map.layout[id] ?? { x: 0, y: 0 };
  return { x: p.x, y: p.y, ...sizeOf(map, id) };
}

function occupiedBoxes(map: ArgumentMap, except: string): Box[] {
  return Object.keys(map.layout)
    .filter((id) => id !== except)
    .map((id) => boxOf(map, id));
}

function gapBetween(a: Size, b: Size): number {
  return a.junction || b.junction ? JUNCTION_GAP : GAP;
}

function overlaps(a: Box, b: Box, margin: number): boolean {
  return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}
