import { isDirty } from "../../core";
import { useApp } from "../store/appStore";
import { installClipboardEvents } from "./clipboardEvents";
import { installDirtyTracking } from "./dirtyTracking";
import { answerLiveQuestions } from "./liveSessions";
import { offerRecoveries } from "./recoveryActions";

/**
 * What the editor needs from the start: the clipboard events, the shell kept told of unsaved changes, other windows
 * told what this one edits, and recovery after a crash.
 */
export function startEditor(): void {
  installClipboardEvents(document);
  installDirtyTracking();
  answerLiveQuestions(
    () => useApp.getState().info?.name ?? "",
    (path) => {
      const history = useApp.getState().docs[path]?.history;
      return Boolean(history && isDirty(history));
    },
  );
  void offerRecoveries();
}
