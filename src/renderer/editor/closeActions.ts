import { isDirty } from "../../core";
import { useApp } from "../store/appStore";
import { dropDocument, saveDocument } from "../store/documentActions";
import { useEditor } from "./editorStore";

/** Close an open document; with unsaved changes, ask first (save, discard or cancel). */
export function requestClose(path: string): void {
  const doc = useApp.getState().docs[path];
  if (!doc) return;
  if (doc.history && isDirty(doc.history)) useEditor.setState({ closing: path });
  else void dropDocument(path);
}

export async function answerClose(choice: "save" | "discard" | "cancel"): Promise<void> {
  const path = useEditor.getState().closing;
  useEditor.setState({ closing: null });
  if (!path || choice === "cancel") return;
  if (choice === "save") {
    // Shown while saving, so that a conflict is asked about on the right document; a failed save keeps it open.
    useApp.setState({ active: path, selection: [] });
    if (!(await saveDocument(path))) return;
  }
  await dropDocument(path);
}
