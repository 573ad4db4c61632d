import type { TreeNode } from "./argumentTree";
import { JUNCTION_SIZE } from "./measure";
import { mergeMany, mergeOutlines, type Outline, outlineBounds, separation } from "./outline";

/** Room for the arrowhead between a conclusion and the junctions under it. */
export const STATEMENT_TO_JUNCTION = 30;
export const JUNCTION_TO_PREMISE = 22;
/** Between neighbouring subtrees, and between a box and a line that passes it. */
export const SIBLING_GAP = 24;
/** Between the supports and the attacks of a conclusion, between premises and undercuts, between trees. */
export const GROUP_GAP = 64;
/** Boxes of neighbouring subtrees closer than this above each other keep their distance sideways too. */
export const CLEARANCE = 20;
/** Between a row of reasons and the row folded under it. */
export const FOLD_GAP = 28;
/** A conclusion with fewer reasons than this keeps them in one row. */
export const MIN_FOLDED = 2;
/** Width over height of the map pane in a 1600 × 1000 window beside the documents and the reader. */
export const PANE_ASPECT = 0.8;
/** Up to this many droppable reasons, the best set to lower is searched for; beyond, every other one goes. */
export const GREEDY_LIMIT = 8;
/** How much a pixel of line stretched by folding weighs against a pixel of width. */
export const STRETCH_COST = 0.25;

/** What sits side by side under a node: one child with its subtree, in the parent's frame vertically. */
export interface Unit {
  node: TreeNode;
  outline: Outline;
  /** For a reason folded into a lower row: how much further down its premise goes. */
  drop?: number;
}

/** The folds chosen: the junctions whose premise went down a row, and how far each premise went. */
export interface Fold {
  lowered: Set<string>;
  drops: Map<string, number>;
  /** How much a subtree's shorter side (scaled to the pane) counts beside its longer one when choosing folds. */
  shortSide: number;
  /** Search for the best reasons to lower (a map small enough to read), or just lower every other one. */
  thorough: boolean;
}

/** The x of each unit: the average of packing from the left and packing from the right. */
export function packUnits(units: readonly Unit[], siblingGap = SIBLING_GAP): number[] {
  const gap = (a: Unit | undefined, b: Unit | undefined) => (a && b && a.node.relation !== b.node.relation ? GROUP_GAP : siblingGap);
  const fromLeft = [0];
  let acc: Outline = units[0]?.outline ?? [];
  for (let k = 1; k < units.length; k++) {
    const u = units[k] as Unit;
    const x = Math.max((fromLeft[k - 1] as number) + 1, separation(acc, u.outline, gap(units[k - 1], u), CLEARANCE));
    fromLeft.push(x);
    acc = mergeOutlines(acc, u.outline, x);
  }
  const fromRight: number[] = new Array(units.length).fill(0);
  acc = units[units.length - 1]?.outline ?? [];
  for (let k = units.length - 2; k >= 0; k--) {
    const u = units[k] as Unit;
    const x = Math.min((fromRight[k + 1] as number) - 1, -separation(u.outline, acc, gap(u, units[k + 1]), CLEARANCE));
    fromRight[k] = x;
    acc = mergeOutlines(acc, u.outline, x);
  }
  const shift = fromRight[0] as number;
  return fromLeft.map((x, k) => (x + (fromRight[k] as number) - shift) / 2);
}

/**
 * The reasons of a conclusion side by side, or folded into staggered rows when that keeps the subtree closer to
 * the map pane's shape. A reason with a single premise can go down: its junction stays in the row of junctions
 * under the conclusion and its premise drops straight down, below one or both of its neighbours (or below all
 * the reasons that stayed up), so the line to it is vertical and passes no box: the gap it runs through is part
 * of the reason's outline. Reasons with linked premises stay up, where their lines fan out. Folding halves a
 * row at best: every lowered box needs a gap of its own in the row above it.
 */
export function foldReasons(
  conclusion: TreeNode,
  units: Unit[],
  premiseOutline: (premise: TreeNode) => Outline,
  premiseTop: (premise: TreeNode) => number,
  fold: Fold,
  decide: boolean,
): { units: Unit[]; at: number[] } {
  if (!decide) {
    // The folds are chosen and the drops already in the heights: the lowered reasons only need their outline.
    const kept = units.map((u) => (fold.lowered.has(u.node.id) ? lowered(u, 0, premiseOutline, premiseTop) : u));
    return { units: kept, at: packUnits(kept) };
  }
  const plain = { units, at: packUnits(units) };
  const droppable = units.filter((u) => singlePremise(u.node) !== undefined);
  if (droppable.length < MIN_FOLDED) return plain;
  const attempt = (down: Map<Unit, Floor>) => {
    const folded = units.map((u, k) => {
      const floor = down.get(u);
      return floor ? lower(u, units, k, floor, down, premiseOutline, premiseTop) : u;
    });
    const at = packUnits(folded);
    return { units: folded, at, cost: costOf(conclusion, folded, at, fold.shortSide), down };
  };
  let best = { ...plain, cost: costOf(conclusion, plain.units, plain.at, fold.shortSide), down: new Map<Unit, Floor>() };
  const better = (next: typeof best) => next.cost < best.cost * 0.97;
  if (!fold.thorough || droppable.length > GREEDY_LIMIT) {
    // Many reasons: every other one goes down, whichever half gives the better shape.
    for (const phase of [1, 0]) {
      const next = attempt(new Map(droppable.filter((_, i) => i % 2 === phase).map((u) => [u, "deeper"])));
      if (better(next)) best = next;
    }
  } else {
    // Few reasons: lower one more at a time, the one that helps most, while it helps. It goes under the deeper
    // of its two neighbours, under the shallower one and beside the other, or under every reason that stayed up.
    for (let improved = true; improved; ) {
      improved = false;
      let round = best;
      for (const u of droppable) {
        if (best.down.has(u)) continue;
        for (const floor of ["deeper", "shallower", "all"] as const) {
          const next = attempt(new Map([...best.down, [u, floor]]));
          if (next.cost < round.cost) round = next;
        }
      }
      if (round !== best && better(round)) {
        best = round;
        improved = true;
      }
    }
  }
  for (const u of best.units) {
    if (!u.drop) continue;
    fold.lowered.add(u.node.id);
    fold.drops.set((singlePremise(u.node) as TreeNode).id, u.drop);
  }
  return best;
}

/** The premise of a reason that can go down a row: its only child, a premise no other inference uses. */
function singlePremise(junction: TreeNode): TreeNode | undefined {
  const only = junction.children[0];
  const alone = junction.kind === "inference" && junction.children.length === 1 && only?.relation === "premise" && !only.shared;
  return alone ? only : undefined;
}

/** What a lowered reason starts below: the deeper or the shallower of its two neighbours, or all that stayed up. */
type Floor = "deeper" | "shallower" | "all";

/** A reason moved down a row: its premise starts just below one of the two reasons beside it. */
function lower(
  unit: Unit,
  units: Unit[],
  k: number,
  floor: Floor,
  down: Map<Unit, Floor>,
  premiseOutline: (premise: TreeNode) => Outline,
  premiseTop: (premise: TreeNode) => number,
): Unit {
  const neighbours = [units.slice(0, k).reverse(), units.slice(k + 1)].map((side) => side.find((u) => !down.has(u)));
  const others = floor === "all" ? units.filter((u) => u !== unit && !down.has(u)) : neighbours.filter((u) => u !== undefined);
  const bottoms = others.map((u) => outlineBounds(u.outline).bottom);
  const under = floor === "shallower" ? Math.min(...bottoms) : Math.max(...bottoms);
  const premise = singlePremise(unit.node) as TreeNode;
  return lowered(unit, Math.max(0, under + FOLD_GAP - premiseTop(premise)), premiseOutline, premiseTop);
}

/** The outline of a reason whose premise hangs `drop` further down than it would, straight under its junction. */
function lowered(
  unit: Unit,
  drop: number,
  premiseOutline: (premise: TreeNode) => Outline,
  premiseTop: (premise: TreeNode) => number,
): Unit {
  const premise = singlePremise(unit.node) as TreeNode;
  const top = premiseTop(premise) + drop;
  const junction = outlineBounds(unit.outline).top;
  const outline = mergeMany([
    {
      outline: [
        { top: junction, bottom: junction + JUNCTION_SIZE, left: -JUNCTION_SIZE / 2, right: JUNCTION_SIZE / 2 },
        // The line from the premise up to its junction: a band of no width that boxes keep their distance from.
        { top: junction + JUNCTION_SIZE, bottom: top, left: 0, right: 0 },
      ],
    },
    { outline: premiseOutline(premise), dy: top },
  ]);
  return { node: unit.node, outline, drop };
}

/**
 * How far the subtree is from fitting the map pane: its longer side (the height scaled to the pane's shape), a
 * share of its shorter side (so that of two equally wide subtrees the lower wins), and a share of the length of
 * the lines that folding stretches (a long line down through other reasons is hard to follow).
 */
function costOf(conclusion: TreeNode, units: Unit[], at: number[], shortSide: number): number {
  let left = -conclusion.width / 2;
  let right = conclusion.width / 2;
  let bottom = conclusion.height;
  let stretched = 0;
  units.forEach((u, k) => {
    const b = outlineBounds(u.outline);
    left = Math.min(left, b.left + (at[k] as number));
    right = Math.max(right, b.right + (at[k] as number));
    bottom = Math.max(bottom, b.bottom);
    stretched += u.drop ?? 0;
  });
  const width = right - left;
  const height = bottom * PANE_ASPECT;
  return Math.max(width, height) + shortSide * Math.min(width, height) + STRETCH_COST * stretched;
}
