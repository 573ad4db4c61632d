import type { ArgumentMap, Inference } from "../model/map";
import { JUNCTION_SIZE, statementSize } from "./measure";

/**
 * The map seen as the tree a reader follows: a conclusion, under it the junctions of the inferences that
 * support or attack it, under each junction its premises and the undercuts aimed at it. A statement that serves
 * several inferences hangs under the lowest of them, so that every line to it comes from above; a line that
 * would close a cycle is left out of the tree and drawn across.
 */
export interface TreeNode {
  id: string;
  kind: "statement" | "inference";
  width: number;
  height: number;
  /** How it hangs from its parent: the kind of inference under a statement; premise or undercut under a junction. */
  relation: "support" | "attack" | "premise" | "undercut" | "root";
  /** Supports before attacks under a statement; premises before undercuts under a junction. */
  children: TreeNode[];
  /** A statement that more than one inference uses: lines to several junctions leave its top. */
  shared: boolean;
}

export interface ArgumentForest {
  /** The trees, the central claim's first. */
  roots: TreeNode[];
  /** Every node, each after all the nodes above it (a topological order without the lines that close cycles). */
  order: TreeNode[];
  /** For each node, the ids of the nodes it hangs from by a line: its parent and, for a shared statement, the rest. */
  above: Map<string, string[]>;
}

/**
 * The trees of a map. Trees start at the central claim, then at other conclusions, at inferences whose target
 * is not laid out, at lone statements, and last at whatever only a cycle reaches. With `members`, only those
 * ids count: the rest of the map is as if absent.
 */
export function argumentForest(map: ArgumentMap, members?: ReadonlySet<string>): ArgumentForest {
  const included = (id: string) => !members || members.has(id);
  const statements = map.statements.filter((s) => included(s.id));
  const statementIds = new Set(statements.map((s) => s.id));
  const inferences = map.inferences
    .filter((i) => included(i.id))
    .map((i) => ({ ...i, premises: [...new Set(i.premises)].filter((p) => statementIds.has(p) && p !== i.target) }));
  const inferenceById = new Map(inferences.map((i) => [i.id, i]));
  const hasTarget = (i: Inference) => i.target !== i.id && (statementIds.has(i.target) || inferenceById.has(i.target));
  const aimedAt = new Map<string, Inference[]>();
  for (const inf of inferences) {
    if (!hasTarget(inf)) continue;
    const list = aimedAt.get(inf.target);
    if (list) list.push(inf);
    else aimedAt.set(inf.target, [inf]);
  }
  // Supports first, attacks after (a stable sort keeps the map's order within each), so counterclaims sit apart.
  for (const list of aimedAt.values()) list.sort((a, b) => rank(a) - rank(b));
  const central = statements.find((s) => s.central)?.id;
  // Lines into the central claim are left out: it stays on top even when the map uses it as a premise.
  const belowLists = new Map<string, string[]>();
  for (const id of [...statementIds, ...inferenceById.keys()]) {
    belowLists.set(id, [
      ...(inferenceById.get(id)?.premises.filter((p) => p !== central) ?? []),
      ...(aimedAt.get(id)?.map((i) => i.id) ?? []),
    ]);
  }
  const below = (id: string): string[] => belowLists.get(id) ?? [];

  const premiseIds = new Set(inferences.flatMap((i) => i.premises));
  const starts = [
    ...(central ? [central] : []),
    ...statements.filter((s) => !premiseIds.has(s.id) && aimedAt.has(s.id)).map((s) => s.id),
    ...inferences.filter((i) => !hasTarget(i)).map((i) => i.id),
    ...statements.map((s) => s.id),
    ...inferences.map((i) => i.id),
  ];
  const { roots, closing } = depthFirst(starts, below);
  const downLists = new Map<string, string[]>();
  for (const [id, list] of belowLists) downLists.set(id, closing.size === 0 ? list : list.filter((c) => !closing.has(`${id}>${c}`)));
  const downward = (id: string) => downLists.get(id) ?? [];
  const order = topological(roots, downward);
  const above = new Map<string, string[]>();
  for (const id of order) {
    for (const c of downward(id)) {
      const list = above.get(c);
      if (list) list.push(id);
      else above.set(c, [id]);
    }
  }

  // Longest-path depth: a shared statement hangs under the deepest inference that uses it.
  const depth = new Map<string, number>();
  for (const id of order) depth.set(id, Math.max(0, ...(above.get(id) ?? []).map((u) => (depth.get(u) ?? 0) + 1)));
  const statementById = new Map(statements.map((s) => [s.id, s]));
  const nodes = new Map<string, TreeNode>();
  for (const id of order) {
    const s = statementById.get(id);
    const size = s ? statementSize(s.text, s.central === true) : { width: JUNCTION_SIZE, height: JUNCTION_SIZE };
    const shared = s !== undefined && (above.get(id)?.length ?? 0) > 1;
    nodes.set(id, { id, kind: s ? "statement" : "inference", ...size, relation: "root", children: [], shared });
  }
  for (const id of order) {
    const users = above.get(id) ?? [];
    // A shared premise hangs under a single-premise inference where it can: one of several linked premises
    // pushed down below another inference would pull its line to their junction through its neighbours.
    const single = users.filter((u) => (inferenceById.get(u)?.premises.length ?? 1) === 1);
    const owner = (single.length > 0 ? single : users).reduce<string | undefined>(
      (best, u) => (best === undefined || (depth.get(u) ?? 0) > (depth.get(best) ?? 0) ? u : best),
      undefined,
    );
    const node = nodes.get(id) as TreeNode;
    const parent = owner === undefined ? undefined : nodes.get(owner);
    if (!parent) continue;
    node.relation =
      node.kind === "statement" ? "premise" : parent.kind === "inference" ? "undercut" : (inferenceById.get(id)?.kind ?? "support");
    parent.children.push(node);
  }
  // Children in the order the map gives them (supports, then attacks; premises, then undercuts), not discovery order.
  for (const node of nodes.values()) {
    if (node.children.length < 2) continue;
    const place = new Map(below(node.id).map((c, k) => [c, k]));
    node.children.sort((a, b) => (place.get(a.id) ?? 0) - (place.get(b.id) ?? 0));
  }
  const trees = roots.filter((id) => !above.has(id)).map((id) => nodes.get(id) as TreeNode);
  return { roots: trees, order: order.map((id) => nodes.get(id) as TreeNode), above };
}

function rank(inf: Inference): number {
  return inf.kind === "support" ? 0 : 1;
}

/** Depth-first from each start not reached yet; the lines that lead back to a node still open close a cycle. */
function depthFirst(starts: string[], below: (id: string) => string[]): { roots: string[]; closing: Set<string> } {
  const state = new Map<string, "open" | "done">();
  const closing = new Set<string>();
  const roots: string[] = [];
  for (const start of starts) {
    if (state.has(start)) continue;
    roots.push(start);
    state.set(start, "open");
    const stack: { id: string; next: string[]; at: number }[] = [{ id: start, next: below(start), at: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: string[]; at: number };
      const child = top.next[top.at++];
      if (child === undefined) {
        state.set(top.id, "done");
        stack.pop();
      } else if (state.get(child) === "open") closing.add(`${top.id}>${child}`);
      else if (!state.has(child)) {
        state.set(child, "open");
        stack.push({ id: child, next: below(child), at: 0 });
      }
    }
  }
  return { roots, closing };
}

/** Kahn's order: a node comes after every node above it; the trees' roots start it, in their order. */
function topological(roots: string[], downward: (id: string) => string[]): string[] {
  const waiting = new Map<string, number>();
  const all: string[] = [];
  const seen = new Set<string>(roots);
  for (let i = 0, queue = [...roots]; i < queue.length; i++) {
    const id = queue[i] as string;
    all.push(id);
    for (const c of downward(id)) {
      waiting.set(c, (waiting.get(c) ?? 0) + 1);
      if (!seen.has(c)) {
        seen.add(c);
        queue.push(c);
      }
    }
  }
  const order: string[] = [];
  const ready = roots.filter((r) => !waiting.has(r));
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i] as string;
    order.push(id);
    for (const c of downward(id)) {
      const left = (waiting.get(c) ?? 0) - 1;
      waiting.set(c, left);
      if (left === 0) ready.push(c);
    }
  }
  return order.length === all.length ? order : all;
}
