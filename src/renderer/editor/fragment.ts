import { type ArgumentMap, type Fragment, MAP_FORMAT, MAP_VERSION, NODE_WIDTH, validateMap } from "../../core";

/** The system clipboard carries a fragment as JSON text, so that it can travel between windows. */
export function fragmentText(fragment: Fragment): string {
  return JSON.stringify(fragment);
}

/**
 * A fragment read back from clipboard text, checked with the map file's own rules (the clipboard may hold
 * anything another program put there); undefined when the text is not one.
 */
export function parseFragment(text: string): Fragment | undefined {
  if (!text.includes('"argumap-fragment"')) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== "object" || raw === null) return undefined;
  const f = raw as Partial<Fragment>;
  if (f.kind !== "argumap-fragment" || typeof f.sourceMap !== "string" || typeof f.sourceFile !== "string") return undefined;
  const asMap = {
    format: MAP_FORMAT,
    version: MAP_VERSION,
    id: "clipboard",
    source: { file: f.sourceFile },
    statements: f.statements,
    inferences: f.inferences,
    layout: f.layout,
  };
  if (validateMap(asMap).length > 0) return undefined;
  return f as Fragment;
}

/** Whether pasting keeps the spans: only into a map of the same source text. */
export function keepsAnchors(fragment: Fragment, map: ArgumentMap): boolean {
  return fragment.sourceFile === map.source.file;
}

export const PASTE_STEP = 40;

/**
 * How far to shift the pasted boxes. Into the map they came from: a step down and right of the originals per
 * paste, so repeated pastes fan out instead of stacking. Elsewhere: centred on the point the user is looking at,
 * or, without one (outline view), to the right of everything in the map.
 */
export function pasteOffset(
  fragment: Fragment,
  map: ArgumentMap,
  repeat: number,
  viewCentre: { x: number; y: number } | undefined,
): { x: number; y: number } {
  const points = Object.values(fragment.layout);
  if (points.length === 0) return { x: 0, y: 0 };
  if (fragment.sourceMap === map.id && keepsAnchors(fragment, map)) return { x: PASTE_STEP * repeat, y: PASTE_STEP * repeat };
  const left = Math.min(...points.map((p) => p.x));
  const top = Math.min(...points.map((p) => p.y));
  const right = Math.max(...points.map((p) => p.x)) + NODE_WIDTH;
  const bottom = Math.max(...points.map((p) => p.y));
  if (viewCentre) return { x: Math.round(viewCentre.x - (left + right) / 2), y: Math.round(viewCentre.y - (top + bottom) / 2) };
  const occupied = Object.values(map.layout);
  if (occupied.length === 0) return { x: -left, y: -top };
  const mapRight = Math.max(...occupied.map((p) => p.x)) + NODE_WIDTH;
  const mapTop = Math.min(...occupied.map((p) => p.y));
  return { x: mapRight + 2 * PASTE_STEP - left, y: mapTop - top };
}
