import { type Anchor, type ApproximateAnchor, type ArgumentMap, reanchor, reanchorHistory } from "../../core";
import type { OpenDocument } from "./appStore";

/**
 * An open document whose text changed on disk follows it, as if it were opened again: the reader gets the new
 * text, and the map's spans are re-found in it (moved, found with other words, or lost and listed, never
 * dropped), in every state of the undo history. Unsaved edits stay.
 *
 * Not an undo step: undoing it would bring back offsets into a text that is no longer there, the very thing this
 * prevents. The map is left unsaved instead when spans moved, because the file on disk still points into the
 * old text; saving writes the spans as found.
 */
export function followText(doc: OpenDocument, text: string, textSha256: string): OpenDocument {
  if (doc.textSha256 === textSha256) return doc;
  const moved: OpenDocument = { ...doc, text, textSha256, textChangedOnDisk: true };
  if (!doc.history) return moved;
  const found = reanchorHistory(doc.history, text, textSha256);
  return {
    ...moved,
    history: found.history,
    lost: found.lost,
    approximate: stillToCheck(doc.approximate, found.approximate, found.history.present, text),
    reanchored: found.changed,
  };
}

/**
 * Spans found with other words that the user had not checked yet stay listed, with the words as they were first
 * marked, at their new place; those whose marked words are back, or that are now lost, leave the list. The new
 * ones follow.
 */
function stillToCheck(before: ApproximateAnchor[], fresh: ApproximateAnchor[], map: ArgumentMap, text: string): ApproximateAnchor[] {
  const carried: ApproximateAnchor[] = [];
  const handled = new Set<string>();
  for (const unchecked of before) {
    // The map's anchor was re-found the same way, so this is where it is now.
    const found = reanchor(text, unchecked.anchor);
    if (found.fate === "lost") continue;
    const anchors = map.statements.find((s) => s.id === unchecked.statement)?.anchors ?? [];
    // A span the user has removed since is no longer there to check.
    if (!anchors.some((a) => a.start === found.anchor.start && a.end === found.anchor.end)) continue;
    handled.add(placeOf(unchecked.statement, found.anchor));
    if (found.anchor.exact !== unchecked.before.exact) carried.push({ ...unchecked, anchor: found.anchor });
  }
  return [...carried, ...fresh.filter((a) => !handled.has(placeOf(a.statement, a.anchor)))];
}

function placeOf(statement: string, anchor: Anchor): string {
  return `${statement}@${anchor.start}-${anchor.end}`;
}
