import { installClipboardEvents } from "./clipboardEvents";
import { installDirtyTracking } from "./dirtyTracking";
import { offerRecoveries } from "./recoveryActions";

/** What the editor needs from the start: the clipboard events, the shell kept told of unsaved changes, and recovery after a crash. */
export function startEditor(): void {
  installClipboardEvents(document);
  installDirtyTracking();
  void offerRecoveries();
}
