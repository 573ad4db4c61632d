import { isDirty } from "../../core";
import type { OpenDocument } from "./appStore";
import { useApp } from "./appStore";

const pending = new Map<string, ReturnType<typeof setTimeout>>();

/** Unsaved edits are written to the workspace's recovery folder shortly after each change, so a crash loses at most a second. */
export function scheduleRecovery(doc: OpenDocument, delayMs = 800): void {
  const bridge = useApp.getState().bridge;
  if (!bridge || !doc.history) return;
  clearTimeout(pending.get(doc.path));
  pending.set(
    doc.path,
    setTimeout(() => {
      pending.delete(doc.path);
      const current = useApp.getState().docs[doc.path];
      if (!current?.history) return;
      if (!isDirty(current.history)) {
        void bridge.workspace.clearRecovery(doc.path);
        return;
      }
      void bridge.workspace.writeRecovery({
        path: doc.path,
        map: current.history.present,
        baseRevision: current.revision,
        savedAt: new Date().toISOString(),
      });
    }, delayMs),
  );
}

/** Forget a pending write (the document is being closed and its edits saved or dropped). */
export function cancelRecovery(path: string): void {
  clearTimeout(pending.get(path));
  pending.delete(path);
}
