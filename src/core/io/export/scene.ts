import { analyseRoles, ROLES, type Role } from "../../analysis/roles";
import { treeLinesOf } from "../../layout/layoutChecks";
import { FONT_SIZE, JUNCTION_SIZE, NODE_PADDING, NODE_WIDTH, statementSize, wrapText } from "../../layout/measure";
import type { ArgumentMap, Inference, InferenceKind, Position, Statement } from "../../model/map";
import { clampLines, fitWithFont, fontTextWidth, wrapWithFont } from "./fontMetrics";
import { arrowhead, attachToCircle, attachToRect, type Circle, makeRoom, type Point, type Rect } from "./geometry";
import type { ExportLabels } from "./labels";
import { quotedWords } from "./quote";
import { selectStatements } from "./selection";

/**
 * The diagram as plain geometry, before any markup: boxes with their lines of text, junctions, edges. The SVG
 * export and the HTML viewer draw from it. Boxes take their size from core's layout measures, so a box is as
 * large as on the canvas; only quotes (an export option) make boxes taller, and then what is below moves down.
 */
export const LABEL_SIZE = 11;
export const QUOTE_SIZE = 10.5;
export const QUOTE_LINE_HEIGHT = 14;
const QUOTE_GAP = 5;
const MAX_QUOTE_LINES = 5;
export const JUNCTION_RADIUS = 7;
/** Core wraps with estimated widths; the export font may run a little wider, and never below this size. */
const MIN_WORDING_SIZE = 11;

export interface StatementBox extends Rect {
  statement: Statement;
  role: Role;
  implicit: boolean;
  /** The line above the wording: role, then "implicit" or the speaker when not the author. */
  label: string;
  lines: string[];
  quoteLines: string[];
}

export interface Junction extends Circle {
  inference: Inference;
}

export interface Edge {
  inference: string;
  kind: InferenceKind;
  from: Point;
  to: Point;
  /** Present on the edge into the conclusion (or the undercut inference). */
  arrow?: [Point, Point, Point];
  /**
   * Outside the layout's tree: the extra line of a statement that is a premise of several inferences. It may
   * cross boxes, so it is drawn above them, lighter.
   */
  across: boolean;
}

export interface Scene {
  boxes: StatementBox[];
  junctions: Junction[];
  edges: Edge[];
  bounds: Rect;
  /** One size for all wording, so that the longest line fits its box in the export font. */
  wordingSize: number;
  roles: Role[];
  hasImplicit: boolean;
  kinds: InferenceKind[];
}

export interface SceneOptions {
  labels: ExportLabels;
  selection?: readonly string[];
  quotes?: boolean;
  /** Positions to draw from; default map.layout. */
  positions?: Record<string, Position>;
}

export function buildScene(whole: ArgumentMap, options: SceneOptions): Scene {
  const { roles } = analyseRoles(whole);
  const map = selectStatements(whole, options.selection);
  const positions = completePositions(map, options.positions ?? whole.layout);
  const inner = NODE_WIDTH - 2 * NODE_PADDING;
  const unshifted = map.statements.map((s): StatementBox => {
    const role = roles.get(s.id) ?? "unconnected";
    const implicit = s.anchors.length === 0;
    const at = positions[s.id] ?? { x: 0, y: 0 };
    const quoteLines = options.quotes ? quoteLinesOf(s, inner) : [];
    const quoteHeight = quoteLines.length > 0 ? QUOTE_GAP + quoteLines.length * QUOTE_LINE_HEIGHT : 0;
    // The speaker is named when the author quotes someone; a speaker who is the author needs no name.
    const speaker = s.speaker?.trim() && s.speaker.trim() !== whole.source.author?.trim() ? s.speaker.trim() : undefined;
    const label = labelOf(role, implicit, speaker, options.labels);
    return {
      statement: s,
      role,
      implicit,
      label: fitWithFont(label, inner, LABEL_SIZE, "bold"),
      lines: wrapText(s.text || " ", inner),
      quoteLines,
      x: at.x,
      y: at.y,
      width: NODE_WIDTH,
      height: statementSize(s.text).height + quoteHeight,
    };
  });
  const shift = makeRoom([
    ...unshifted.map((b) => ({
      id: b.statement.id,
      x: b.x,
      y: b.y,
      width: b.width,
      height: statementSize(b.statement.text).height,
      grow: b.height - statementSize(b.statement.text).height,
    })),
    ...map.inferences.map((i) => ({ id: i.id, ...junctionSlot(positions, i.id), grow: 0 })),
  ]);
  const boxes = unshifted.map((b) => ({ ...b, y: b.y + (shift.get(b.statement.id) ?? 0) }));
  const junctions = map.inferences.map((inference): Junction => {
    const slot = junctionSlot(positions, inference.id);
    const y = slot.y + (shift.get(inference.id) ?? 0);
    return { inference, cx: slot.x + JUNCTION_SIZE / 2, cy: y + JUNCTION_SIZE / 2, r: JUNCTION_RADIUS };
  });
  return {
    boxes,
    junctions,
    edges: edgesOf(boxes, junctions, treeLinesOf(map)),
    bounds: boundsOf(boxes, junctions),
    wordingSize: wordingSizeFor(boxes, inner),
    roles: ROLES.filter((r) => boxes.some((b) => b.role === r)),
    hasImplicit: boxes.some((b) => b.implicit),
    kinds: (["support", "attack"] as const).filter((k) => map.inferences.some((i) => i.kind === k)),
  };
}

function labelOf(role: Role, implicit: boolean, speaker: string | undefined, labels: ExportLabels): string {
  const parts = [labels.roles[role]];
  if (implicit) parts.push(labels.implicit);
  if (speaker) parts.push(speaker);
  return parts.join(" · ");
}

/** Each quoted span in curly quotes, at most a few lines each: the box shows where, the viewer shows all. */
function quoteLinesOf(s: Statement, width: number): string[] {
  return s.anchors.flatMap((a) => {
    const words = quotedWords(a.exact);
    if (!words) return [];
    return clampLines(wrapWithFont(`“${words}”`, width, QUOTE_SIZE), MAX_QUOTE_LINES, width, QUOTE_SIZE);
  });
}

function wordingSizeFor(boxes: readonly StatementBox[], inner: number): number {
  let widest = 0;
  for (const b of boxes) for (const line of b.lines) widest = Math.max(widest, fontTextWidth(line, FONT_SIZE));
  if (widest <= inner) return FONT_SIZE;
  return Math.max(MIN_WORDING_SIZE, Math.floor(((FONT_SIZE * inner) / widest) * 4) / 4);
}

/**
 * Every statement and inference gets a place. Exports normally receive a complete layout (withExportLayout);
 * this keeps a half-placed map drawable: a lost statement goes in a row under the rest, a junction midway
 * between its conclusion and its premises.
 */
function completePositions(map: ArgumentMap, given: Record<string, Position>): Record<string, Position> {
  const positions: Record<string, Position> = {};
  const placed = map.statements.filter((s) => given[s.id]);
  const bottom = Math.max(0, ...placed.map((s) => (given[s.id]?.y ?? 0) + statementSize(s.text).height));
  const left = placed.length > 0 ? Math.min(...placed.map((s) => given[s.id]?.x ?? 0)) : 0;
  let column = 0;
  for (const s of map.statements) {
    positions[s.id] = given[s.id] ?? { x: left + column++ * (NODE_WIDTH + 28), y: placed.length > 0 ? bottom + 60 : 0 };
  }
  const byId = new Map(map.inferences.map((i) => [i.id, i]));
  const placing = new Set<string>();
  const place = (inf: Inference): Position => {
    const known = positions[inf.id] ?? given[inf.id];
    if (known) {
      positions[inf.id] = known;
      return known;
    }
    placing.add(inf.id);
    const target = centreOf(inf.target);
    const premises = inf.premises.map(centreOf);
    const below = { x: avg(premises.map((p) => p.x)), y: avg(premises.map((p) => p.y)) };
    const centre = { x: (target.x + below.x) / 2, y: (target.y + below.y) / 2 };
    const placed = { x: centre.x - JUNCTION_SIZE / 2, y: centre.y - JUNCTION_SIZE / 2 };
    positions[inf.id] = placed;
    return placed;
  };
  const centreOf = (id: string): Point => {
    const s = map.statements.find((x) => x.id === id);
    if (s) {
      const p = positions[id] ?? { x: 0, y: 0 };
      return { x: p.x + NODE_WIDTH / 2, y: p.y + statementSize(s.text).height / 2 };
    }
    const inf = byId.get(id);
    // An inference already being placed is on a cycle of undercuts; any point will do to break it.
    const p = inf && !placing.has(id) ? place(inf) : (positions[id] ?? { x: 0, y: 0 });
    return { x: p.x + JUNCTION_SIZE / 2, y: p.y + JUNCTION_SIZE / 2 };
  };
  for (const inf of map.inferences) place(inf);
  return positions;
}

function avg(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function junctionSlot(positions: Record<string, Position>, id: string): Rect {
  const p = positions[id] ?? { x: 0, y: 0 };
  return { x: p.x, y: p.y, width: JUNCTION_SIZE, height: JUNCTION_SIZE };
}

function edgesOf(boxes: readonly StatementBox[], junctions: readonly Junction[], treeLines: { from: string; to: string }[]): Edge[] {
  const tree = new Set(treeLines.map((l) => `${l.from}>${l.to}`));
  const across = (from: string, to: string) => !tree.has(`${from}>${to}`);
  const boxById = new Map(boxes.map((b) => [b.statement.id, b]));
  const junctionById = new Map(junctions.map((j) => [j.inference.id, j]));
  const centre = (j: Circle): Point => ({ x: j.cx, y: j.cy });
  return junctions.flatMap((j) => {
    const { id, kind, premises, target } = j.inference;
    const edges: Edge[] = premises.flatMap((p) => {
      const box = boxById.get(p);
      if (!box) return [];
      const from = attachToRect(box, centre(j));
      return [{ inference: id, kind, from, to: attachToCircle(j, from), across: across(p, id) }];
    });
    const targetBox = boxById.get(target);
    const targetJunction = junctionById.get(target);
    const to = targetBox ? attachToRect(targetBox, centre(j)) : targetJunction ? attachToCircle(targetJunction, centre(j)) : undefined;
    if (to) {
      const head = arrowhead(attachToCircle(j, to), to);
      edges.push({ inference: id, kind, from: attachToCircle(j, to), to: head.shaftEnd, arrow: head.points, across: across(id, target) });
    }
    return edges;
  });
}

function boundsOf(boxes: readonly StatementBox[], junctions: readonly Junction[]): Rect {
  const rects: Rect[] = [...boxes, ...junctions.map((j) => ({ x: j.cx - j.r, y: j.cy - j.r, width: 2 * j.r, height: 2 * j.r }))];
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.width));
  const maxY = Math.max(...rects.map((r) => r.y + r.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
