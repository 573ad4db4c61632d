import { isDirty } from "../../core";
import { crossDirty } from "../crossAuthor/crossStore";
import { type AppState, useApp } from "../store/appStore";

function anyMapDirty(state: AppState): boolean {
  return Object.values(state.docs).some((d) => d.history !== null && isDirty(d.history));
}

/**
 * The shell guards closing the window (Electron's dialog, the browser's "leave page?") by what it was last told.
 * Every way a document changes — an edit, undo, save, close, a reload, a restored recovery — goes through the
 * store, so one subscription keeps the shell up to date. The cross-author file tells the shell itself on its
 * own changes; it is counted here too so that neither overrules the other.
 */
export function installDirtyTracking(): () => void {
  let told = anyMapDirty(useApp.getState());
  return useApp.subscribe((state, previous) => {
    if (state.docs === previous.docs) return;
    const mapsDirty = anyMapDirty(state);
    if (mapsDirty === told) return;
    told = mapsDirty;
    state.bridge?.shell.setDirty(mapsDirty || crossDirty());
  });
}
