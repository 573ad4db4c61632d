import type { ArgumentMap } from "../model/map";
import { argumentForest, type TreeNode } from "./argumentTree";
import { PANE_ASPECT } from "./rows";
import { layoutForest, type Placement } from "./tidyTree";

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Top-down layout of a map as a reader follows it: the central claim on top, under each conclusion the junctions
 * of its inferences, the premises of each junction side by side beneath it, supports left and attacks to the
 * right. It is a tidy tree of the map (see tidyTree.ts) rather than ELK's layered layout: ELK took seconds for a
 * few hundred statements and gave every level one row, so the bundled maps came out several screens wide.
 * Plain data in, top-left corners out: it runs the same in a Web Worker, in Node and in tests. With `only`, the
 * selection is laid out by itself and keeps its top-left corner.
 */
export async function layoutMap(map: ArgumentMap, only?: ReadonlySet<string>): Promise<Positions> {
  return layoutMapNow(map, only);
}

/** The same as layoutMap, for callers that cannot wait (benchmarks, tests). */
export function layoutMapNow(map: ArgumentMap, only?: ReadonlySet<string>): Positions {
  const forest = argumentForest(map, only);
  // Which folds suit the whole map best is not known from one subtree: a lower subtree helps only where the
  // map is not wider than the pane anyway. Both ways are tried; the map that fits the pane better is kept.
  // A map too large to read at "zoom to fit" anyway is laid out once and folded by a simple rule, to stay fast.
  const small = forest.order.length <= THOROUGH_UP_TO;
  const tries = (small ? SHORT_SIDE_WEIGHTS : SHORT_SIDE_WEIGHTS.slice(0, 1)).map((weight) => {
    const placement = layoutForest(forest, weight, small);
    return { placement, bounds: boundsOf(forest.order, placement) };
  });
  const { placement, bounds } = tries.reduce((best, next) => (fitsBetter(next.bounds, best.bounds) ? next : best));
  const left = bounds.left;
  // The map starts at x = 0, as a person would start drawing it.
  const positions: Positions = {};
  for (const node of forest.order) {
    const p = placement.get(node.id);
    if (p) positions[node.id] = { x: Math.round(p.x - node.width / 2 - left), y: Math.round(p.y) };
  }
  return only ? keepCorner(map, positions) : positions;
}

/** How much a subtree's shorter side counts when folds are chosen, in the tries made. */
const SHORT_SIDE_WEIGHTS = [0.1, 0.25];
/** Statements and junctions up to which both weights are tried and folds searched for. */
const THOROUGH_UP_TO = 600;

function boundsOf(nodes: TreeNode[], placement: Placement) {
  const bounds = { left: Number.POSITIVE_INFINITY, right: Number.NEGATIVE_INFINITY, bottom: 0 };
  for (const node of nodes) {
    const p = placement.get(node.id) ?? { x: 0, y: 0 };
    bounds.left = Math.min(bounds.left, p.x - node.width / 2);
    bounds.right = Math.max(bounds.right, p.x + node.width / 2);
    bounds.bottom = Math.max(bounds.bottom, p.y + node.height);
  }
  return bounds;
}

/** Zoom to fit shows it larger (its longer side, against the pane's shape, is shorter), or as large and lower. */
function fitsBetter(a: ReturnType<typeof boundsOf>, b: ReturnType<typeof boundsOf>): boolean {
  const side = (x: typeof a) => Math.max(x.right - x.left, x.bottom * PANE_ASPECT);
  if (side(a) < side(b) * 0.99) return true;
  return side(a) <= side(b) * 1.01 && (a.right - a.left) * a.bottom < (b.right - b.left) * b.bottom;
}

/**
 * Laying out a selection keeps it where it was: the selection's new arrangement is moved so that its
 * top-left corner stays at the selection's old top-left corner.
 */
function keepCorner(map: ArgumentMap, positions: Positions): Positions {
  const ids = Object.keys(positions);
  const old = ids.map((id) => map.layout[id]).filter((p): p is { x: number; y: number } => p !== undefined);
  if (old.length === 0) return positions;
  const corner = (points: { x: number; y: number }[]) => ({
    x: points.reduce((m, p) => Math.min(m, p.x), Number.POSITIVE_INFINITY),
    y: points.reduce((m, p) => Math.min(m, p.y), Number.POSITIVE_INFINITY),
  });
  const before = corner(old);
  const after = corner(Object.values(positions));
  const moved: Positions = {};
  for (const id of ids) {
    const p = positions[id] as { x: number; y: number };
    moved[id] = { x: p.x - after.x + before.x, y: p.y - after.y + before.y };
  }
  return moved;
}
