import type { Anchor, ArgumentMap } from "../model/map";
import { done, type Edit, refused } from "./outcome";

/** Give a statement one more span of the text (a claim the text makes in two places). */
export function addAnchor(map: ArgumentMap, id: string, anchor: Anchor): Edit {
  if (anchor.end <= anchor.start) return refused("empty-span");
  return replaceAnchors(map, id, (anchors) => [...anchors, anchor].sort((a, b) => a.start - b.start));
}

/** Remove one span; with none left the statement becomes an implicit premise. */
export function removeAnchor(map: ArgumentMap, id: string, index: number): Edit {
  return replaceAnchors(map, id, (anchors) => anchors.filter((_, k) => k !== index));
}

/** Put a re-found or re-attached span in place of an old one. */
export function replaceAnchor(map: ArgumentMap, id: string, index: number, anchor: Anchor): Edit {
  return replaceAnchors(map, id, (anchors) => anchors.map((a, k) => (k === index ? anchor : a)));
}

function replaceAnchors(map: ArgumentMap, id: string, change: (anchors: Anchor[]) => Anchor[]): Edit {
  const index = map.statements.findIndex((s) => s.id === id);
  const current = map.statements[index];
  if (!current) return refused("unknown-statement");
  const statements = map.statements.slice();
  statements[index] = { ...current, anchors: change(current.anchors) };
  return done({ ...map, statements });
}
