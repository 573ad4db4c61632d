import { useApp } from "../store/appStore";
import { notifyError } from "../store/documentActions";
import { type RecoveryOffer, useEditor } from "./editorStore";
import { editedElsewhere } from "./liveSessions";
import { restoredDocument, worthOffering } from "./recovered";

/**
 * On start: unsaved edits left by a crash (or a killed page) are offered back, each with the document as it is
 * on disk now. A recovery the map on disk already holds is cleared without asking; one for a text that is no
 * longer in the workspace is left alone, since there is nothing to restore it onto; one that another open window
 * is still editing is not lost, and is left to that window.
 */
export async function offerRecoveries(): Promise<void> {
  const bridge = useApp.getState().bridge;
  if (!bridge) return;
  try {
    const [recoveries, documents] = await Promise.all([bridge.workspace.readRecoveries(), bridge.workspace.listDocuments()]);
    // The name other windows answer by (start.ts): the store's once loaded; asked for only when there is something to offer.
    const workspace = recoveries.length === 0 ? "" : (useApp.getState().info?.name ?? (await bridge.workspace.info()).name);
    const elsewhere = await editedElsewhere(
      workspace,
      recoveries.map((r) => r.path),
    );
    const offers: RecoveryOffer[] = [];
    for (const recovery of recoveries) {
      const summary = documents.find((d) => d.path === recovery.path);
      if (!summary || elsewhere.has(recovery.path)) continue;
      const opened = await bridge.workspace.openDocument(recovery.path);
      if (worthOffering(recovery, opened.map)) offers.push({ recovery, opened, title: summary.title });
      else await bridge.workspace.clearRecovery(recovery.path);
    }
    useEditor.setState({ recoveries: offers });
  } catch (error) {
    notifyError(error);
  }
}

/** Open the document with the recovered edits unsaved on top of the saved map; the recovery file stays until they are saved. */
export function restoreRecovery(offer: RecoveryOffer): void {
  const doc = restoredDocument(offer.opened, offer.recovery);
  useApp.setState((s) => ({
    docs: { ...s.docs, [doc.path]: doc },
    active: doc.path,
    selection: [],
    textSelection: null,
    notice: { tone: "info", key: "editor_recovered", values: { title: offer.title } },
  }));
  settle(offer);
}

export async function discardRecovery(offer: RecoveryOffer): Promise<void> {
  settle(offer);
  try {
    await useApp.getState().bridge?.workspace.clearRecovery(offer.recovery.path);
  } catch (error) {
    notifyError(error);
  }
}

function settle(offer: RecoveryOffer): void {
  useEditor.setState((s) => ({ recoveries: s.recoveries.filter((o) => o !== offer) }));
}
