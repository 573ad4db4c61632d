import { removeLink } from "../../core";
import { typingIn } from "../commands/typingIn";
import { applyCrossEdit } from "../crossAuthor";
import { modalIsOpen } from "../dialogs/modalIsOpen";
import { useApp } from "../store/appStore";
import { selectLink, useCompare } from "./compareStore";

/**
 * While the compare view is shown, Delete removes the selected link and Escape drops a link being made. The app's
 * command table (registry.ts) already sends undo, redo and save to the cross-author file in this view, and leaves
 * Delete alone there; this listener runs first (capture phase) so the keys mean the compare view's things here.
 */
export function installCompareKeys(target: Window): () => void {
  const isMac = /Mac/.test(target.navigator.platform);
  const onKey = (e: KeyboardEvent) => {
    // A dialog owns the keys: Delete must not remove a link behind it, nor this listener take its Escape.
    if (useApp.getState().view !== "compare" || modalIsOpen()) return;
    const mod = isMac ? e.metaKey : e.ctrlKey;
    if (typingIn(e.target)) return;
    let run: (() => void) | undefined;
    if (!mod && (e.key === "Delete" || e.key === "Backspace")) run = deleteSelectedLink;
    else if (e.key === "Escape") run = () => useCompare.setState({ linkStart: null, drag: null });
    if (!run) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    run();
  };
  target.addEventListener("keydown", onKey, true);
  return () => target.removeEventListener("keydown", onKey, true);
}

function deleteSelectedLink(): void {
  const id = useCompare.getState().selectedLink;
  if (!id) return;
  applyCrossEdit("compare_label_deleteLink", (f) => removeLink(f, id));
  selectLink(null);
}
