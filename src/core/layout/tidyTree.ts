import type { ArgumentForest, TreeNode } from "./argumentTree";
import { NODE_WIDTH } from "./measure";
import { type Band, mergeMany, moveOutline, type Outline, outlineBounds, type Piece } from "./outline";
import { type Fold, foldReasons, GROUP_GAP, JUNCTION_TO_PREMISE, packUnits, SIBLING_GAP, STATEMENT_TO_JUNCTION, type Unit } from "./rows";

/** How far a junction moves aside from a shared premise below it. */
export const SIDE_STEP = 40;

/** A node's place: the x of its centre and the y of its top. */
export type Placement = Map<string, { x: number; y: number }>;

/**
 * A tidy tree (Reingold–Tilford, with outlines for boxes of any height). Heights go top-down: a node sits under
 * the lowest of the nodes it hangs from. Widths go bottom-up: each subtree is laid out on its own and placed
 * beside its siblings as close as their outlines allow, and the parent is centred over its children; a wide row
 * of reasons may fold into two (rows.ts). Folding moves subtrees down, which can lift a statement above another
 * inference it serves, so the heights are worked out again with the folds kept and the widths packed once more.
 * Time about linear in the nodes times the depth; no recursion, so a long chain cannot overflow the stack.
 */
export function layoutForest(forest: ArgumentForest, shortSide: number, thorough = true): Placement {
  const treeOrder: TreeNode[] = [...forest.roots];
  for (let i = 0; i < treeOrder.length; i++) treeOrder.push(...(treeOrder[i] as TreeNode).children);
  const fold: Fold = { lowered: new Set(), drops: new Map(), shortSide, thorough };
  widths(treeOrder, relativeTops(forest, fold.drops), fold, true);
  const dy = relativeTops(forest, fold.drops);
  const { dx, outlines } = widths(treeOrder, dy, fold, false);

  // Trees side by side, top-aligned, the first (the central claim's) leftmost; statements not connected to
  // anything in rows below them.
  const isLone = (r: TreeNode, k: number) => k > 0 && r.children.length === 0 && r.kind === "statement";
  const connected = forest.roots.filter((r, k) => !isLone(r, k));
  const lone = forest.roots.filter(isLone);
  const trees = connected.map((node): Unit => ({ node, outline: outlines.get(node.id) ?? [] }));
  const at = packUnits(trees, GROUP_GAP);
  const placement: Placement = new Map();
  connected.forEach((r, k) => {
    placement.set(r.id, { x: at[k] as number, y: 0 });
  });
  shelve(lone, mergeMany(trees.map((t, k) => ({ outline: t.outline, dx: at[k] as number }))), placement);
  for (const node of treeOrder) {
    const c = placement.get(node.id) as { x: number; y: number };
    for (const child of node.children) placement.set(child.id, { x: c.x + (dx.get(child.id) ?? 0), y: c.y + (dy.get(child.id) ?? 0) });
  }
  return placement;
}

/** Bottom-up: every node's x relative to its parent, and every subtree's outline. With `decide`, folds are chosen. */
function widths(treeOrder: TreeNode[], dy: Map<string, number>, fold: Fold, decide: boolean) {
  const dx = new Map<string, number>();
  const outlines = new Map<string, Outline>();
  for (let i = treeOrder.length - 1; i >= 0; i--) {
    const node = treeOrder[i] as TreeNode;
    outlines.set(node.id, placeChildren(node, outlines, dx, dy, fold, decide));
  }
  return { dx, outlines };
}

/**
 * How far below its parent's top each node starts: under the lowest node it hangs from, after that node's row
 * and a gap, and further down by its fold. The premises of one junction share a row as tall as the tallest of
 * them, so what hangs under them starts level.
 */
function relativeTops(forest: ArgumentForest, drops: ReadonlyMap<string, number>): Map<string, number> {
  const byId = new Map(forest.order.map((n) => [n.id, n]));
  const row = new Map<string, number>();
  const parent = new Map<string, TreeNode>();
  for (const node of forest.order) {
    const premises = node.children.filter((c) => c.relation === "premise");
    const tallest = Math.max(0, ...premises.map((c) => c.height));
    for (const p of premises) row.set(p.id, tallest);
    for (const c of node.children) parent.set(c.id, node);
  }
  const tops = new Map<string, number>();
  const relative = new Map<string, number>();
  for (const node of forest.order) {
    let top = 0;
    const p = parent.get(node.id);
    // A premise among linked ones stays in their row: pushed further down, its line to their junction would
    // cut through its neighbours' reasons. Its line to another inference may then run downwards.
    const pushable = !p || p.children.filter((c) => c.relation === "premise").length === 1;
    for (const u of forest.above.get(node.id) ?? []) {
      if (!pushable && u !== p?.id) continue;
      const user = byId.get(u) as TreeNode;
      const gap = user.kind === "statement" ? STATEMENT_TO_JUNCTION : JUNCTION_TO_PREMISE;
      const drop = user === p ? (drops.get(node.id) ?? 0) : 0;
      top = Math.max(top, (tops.get(u) ?? 0) + (row.get(u) ?? user.height) + gap + drop);
    }
    tops.set(node.id, top);
    if (p) relative.set(node.id, top - (tops.get(p.id) ?? 0));
  }
  return relative;
}

function placeChildren(
  node: TreeNode,
  outlines: Map<string, Outline>,
  dx: Map<string, number>,
  dy: Map<string, number>,
  fold: Fold,
  decide: boolean,
): Outline {
  const own: Band = { top: 0, bottom: node.height, left: -node.width / 2, right: node.width / 2 };
  if (node.children.length === 0) return [own];
  const below = (c: TreeNode) => dy.get(c.id) ?? 0;
  const rowTop = Math.min(...node.children.map(below));
  const natural = node.children.map((c): Unit => {
    const outline = moveOutline(outlines.get(c.id) ?? [], 0, below(c));
    // A premise pushed below its row (another inference it serves sits lower) keeps its line to the junction
    // clear: the line is part of its outline while it is packed beside its neighbours.
    if (below(c) <= rowTop) return { node: c, outline };
    return {
      node: c,
      outline: mergeMany([{ outline }, { outline: [{ top: rowTop, bottom: below(c), left: -sideStep(node), right: 0 }] }]),
    };
  });
  const premiseTop = (premise: TreeNode) => below(premise) + below(node.children.find((j) => j.children[0] === premise) as TreeNode);
  const { units, at } =
    node.kind === "statement"
      ? foldReasons(node, natural, (premise) => outlines.get(premise.id) ?? [], premiseTop, fold, decide)
      : { units: natural, at: packUnits(natural) };
  // A junction sits over its premises; an undercut aimed at it hangs to the side.
  const main = units.map((u, k) => (u.node.relation === "undercut" ? undefined : (at[k] as number))).filter((x) => x !== undefined);
  const centred = main.length > 0 ? main : at;
  const centre = ((centred[0] as number) + (centred[centred.length - 1] as number)) / 2 - sideStep(node);
  const pieces: Piece[] = [{ outline: [own] }];
  units.forEach((u, k) => {
    const x = (at[k] as number) - centre;
    dx.set(u.node.id, x);
    // The line to each child takes the width between parent and child: nothing may slide in there.
    const m = u.node;
    const line = {
      top: node.height,
      bottom: below(m),
      left: Math.min(own.left, x - m.width / 2),
      right: Math.max(own.right, x + m.width / 2),
    };
    if (line.bottom > line.top) pieces.push({ outline: [line] });
    pieces.push({ outline: u.outline, dx: x });
  });
  return mergeMany(pieces);
}

/**
 * Every line from a statement leaves the middle of its top edge. A junction straight above a statement that
 * serves other inferences too would sit on those lines where they leave, as if they ran through it; it moves
 * aside a little instead.
 */
function sideStep(junction: TreeNode): number {
  const premises = junction.children.filter((c) => c.relation === "premise");
  const middle = premises.length % 2 === 1 ? premises[(premises.length - 1) / 2] : undefined;
  return junction.kind === "inference" && middle?.shared ? SIDE_STEP : 0;
}

/** Loose statements in rows under the trees, about as wide as the trees or as a square holding them all. */
function shelve(lone: TreeNode[], trees: Outline, placement: Placement): void {
  if (lone.length === 0) return;
  const bounds = trees.length > 0 ? outlineBounds(trees) : { top: 0, bottom: -GROUP_GAP, left: 0, right: 0 };
  const area = lone.reduce((sum, n) => sum + (n.width + SIBLING_GAP) * (n.height + SIBLING_GAP), 0);
  const width = Math.max(bounds.right - bounds.left, Math.sqrt(area), NODE_WIDTH);
  let x = bounds.left;
  let y = bounds.bottom + GROUP_GAP;
  let rowHeight = 0;
  for (const n of lone) {
    if (x > bounds.left && x + n.width > bounds.left + width) {
      x = bounds.left;
      y += rowHeight + SIBLING_GAP;
      rowHeight = 0;
    }
    placement.set(n.id, { x: x + n.width / 2, y });
    x += n.width + SIBLING_GAP;
    rowHeight = Math.max(rowHeight, n.height);
  }
}
