import { CloseDocumentDialog } from "./CloseDocumentDialog";
import { RecoveryDialog } from "./RecoveryDialog";
import { SearchPanel } from "./SearchPanel";
import { ShortcutHelp } from "./ShortcutHelp";

/** The editor's panels and dialogs, each shown only while it has something to show. */
export function EditorOverlays() {
  return (
    <>
      <SearchPanel />
      <ShortcutHelp />
      <CloseDocumentDialog />
      <RecoveryDialog />
    </>
  );
}
