import { redoCross, saveCross, undoCross } from "../crossAuthor";
import { useApp } from "../store/appStore";

/**
 * While the matrix is shown, undo, redo and save act on the cross-author file, not on the map hidden behind
 * it. The app's command table routes these keys to the active map, so this listener runs first (capture
 * phase) and keeps them from reaching it in this view.
 */
export function installMatrixKeys(target: Window): () => void {
  const isMac = /Mac/.test(target.navigator.platform);
  const onKey = (e: KeyboardEvent) => {
    if (useApp.getState().view !== "matrix") return;
    const mod = isMac ? e.metaKey : e.ctrlKey;
    const key = e.key.toLowerCase();
    const inField = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
    let run: (() => void) | undefined;
    if (mod && !e.altKey && key === "s") run = () => void saveCross();
    else if (inField) return;
    else if (mod && key === "z") run = e.shiftKey ? redoCross : undoCross;
    else if (mod && key === "y") run = redoCross;
    if (!run) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    run();
  };
  target.addEventListener("keydown", onKey, true);
  return () => target.removeEventListener("keydown", onKey, true);
}
