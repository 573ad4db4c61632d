import { useId, useState } from "react";
import { Modal } from "../dialogs/Modal";
import { useT } from "../i18n";
import { activeDoc, useApp } from "../store/appStore";
import { resolveConflict } from "../store/documentActions";
import { saveMyVersionAsCopy } from "./conflictActions";

/** A save met a newer map on disk: the user chooses which version goes where; nothing is overwritten unasked. */
export function ConflictDialog() {
  const doc = useApp(activeDoc);
  // Kept here, not in the question: the question closes when the document is reloaded, the answer comes after.
  const [copied, setCopied] = useState<string | null>(null);
  if (copied) return <CopySaved file={copied} onClose={() => setCopied(null)} />;
  return doc?.conflict ? <Conflict file={doc.mapPath} onCopied={setCopied} /> : null;
}

function Conflict({ file, onCopied }: { file: string; onCopied: (file: string) => void }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const cancel = () => void resolveConflict("cancel");
  const saveCopy = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    const outcome = await saveMyVersionAsCopy();
    if (outcome?.ok) onCopied(outcome.file);
    else {
      setBusy(false);
      if (outcome) setFailure(outcome.message);
    }
  };
  return (
    <Modal role="alertdialog" aria-label={t("conflictTitle")} aria-busy={busy} onCancel={busy ? undefined : cancel}>
      <h2>{t("conflictTitle")}</h2>
      <p>{t("conflictBody", { file })}</p>
      {failure && (
        <p className="dialog-error" role="alert">
          {t("saveFailed", { message: failure })}
        </p>
      )}
      <div className="dialog-buttons column">
        <button type="button" onClick={() => void saveCopy()}>
          {t("conflictSaveAs")}
        </button>
        <button type="button" onClick={() => !busy && void resolveConflict("overwrite")}>
          {t("conflictOverwrite")}
        </button>
        <button type="button" onClick={() => !busy && void resolveConflict("reload")}>
          {t("conflictReload")}
        </button>
        {/* The safe choice has the focus: Enter by habit keeps both versions as they are. */}
        <button type="button" onClick={() => !busy && cancel()} data-autofocus="">
          {t("cancel")}
        </button>
      </div>
    </Modal>
  );
}

/** Where the user's version went, and what the map shows now: said until the user has read it. */
function CopySaved({ file, onClose }: { file: string; onClose: () => void }) {
  const t = useT();
  const titleId = useId();
  const bodyId = useId();
  return (
    <Modal role="alertdialog" aria-labelledby={titleId} aria-describedby={bodyId} onCancel={onClose}>
      <h2 id={titleId}>{t("editor_conflictCopyTitle")}</h2>
      <div id={bodyId}>
        <p>{t("editor_conflictCopyWhere", { file })}</p>
        <p>{t("editor_conflictCopyNow")}</p>
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose} data-autofocus="">
          {t("editor_conflictCopyOk")}
        </button>
      </div>
    </Modal>
  );
}
