import { removeLink } from "../../core";
import { applyCrossEdit, redoCross, saveCross, undoCross } from "../crossAuthor";
import { useApp } from "../store/appStore";
import { selectLink, useCompare } from "./compareStore";

/**
 * While the compare view is shown, undo, redo, save and delete act on the cross-author file, not on the map
 * hidden behind it. The app's command table (registry.ts) routes these keys to the active map, so this
 * listener runs first (capture phase) and keeps those keys from reaching it in this view.
 */
export function installCompareKeys(target: Window): () => void {
  const isMac = /Mac/.test(target.navigator.platform);
  const onKey = (e: KeyboardEvent) => {
    if (useApp.getState().view !== "compare") return;
    const mod = isMac ? e.metaKey : e.ctrlKey;
    const key = e.key.toLowerCase();
    const inField = typingIn(e.target);
    let run: (() => void) | undefined;
    if (mod && !e.altKey && key === "s") run = () => void saveCross();
    else if (inField) return;
    else if (mod && key === "z") run = e.shiftKey ? redoCross : undoCross;
    else if (mod && key === "y") run = redoCross;
    else if (!mod && (e.key === "Delete" || e.key === "Backspace")) run = deleteSelectedLink;
    else if (e.key === "Escape") run = () => useCompare.setState({ linkStart: null, drag: null });
    if (!run) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    run();
  };
  target.addEventListener("keydown", onKey, true);
  return () => target.removeEventListener("keydown", onKey, true);
}

/** A field where Ctrl+Z undoes typing; a checkbox or radio (the map chooser, the relation) is not one. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit"].includes(target.type);
}

function deleteSelectedLink(): void {
  const id = useCompare.getState().selectedLink;
  if (!id) return;
  applyCrossEdit("compare_label_deleteLink", (f) => removeLink(f, id));
  selectLink(null);
}
