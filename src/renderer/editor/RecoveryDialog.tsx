import { Modal } from "../dialogs/Modal";
import { useT } from "../i18n";
import { useApp } from "../store/appStore";
import { useEditor } from "./editorStore";
import { changedOnDisk } from "./recovered";
import { discardRecovery, restoreRecovery } from "./recoveryActions";

/** After a crash: the documents with unsaved edits, each to restore or discard. */
export function RecoveryDialog() {
  const t = useT();
  const offers = useEditor((s) => s.recoveries);
  const language = useApp((s) => s.language);
  if (offers.length === 0) return null;
  const format = new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "short" });
  const when = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
  return (
    // No Escape: an offer closed unanswered would be overwritten by the next edit of that document.
    <Modal className="editor-recovery" aria-labelledby="editor-recovery-title">
      <h2 id="editor-recovery-title">{t("editor_recoveryTitle")}</h2>
      <p>{t("editor_recoveryBody")}</p>
      <ul>
        {offers.map((offer, index) => (
          <li key={offer.recovery.path}>
            <div>
              <strong>{offer.title}</strong>
              <span className="editor-recovery-when">{t("editor_recoveryWhen", { when: when(offer.recovery.savedAt) })}</span>
              {changedOnDisk(offer.recovery, offer.opened.map) && (
                <span className="editor-recovery-note">{t("editor_recoveryChangedOnDisk")}</span>
              )}
            </div>
            <div className="dialog-buttons">
              <button
                type="button"
                aria-label={`${t("editor_recoveryDiscard")} ${offer.title}`}
                onClick={() => void discardRecovery(offer)}
              >
                {t("editor_recoveryDiscard")}
              </button>
              <button
                type="button"
                className="primary"
                aria-label={`${t("editor_recoveryRestore")} ${offer.title}`}
                data-autofocus={index === 0 ? "" : undefined}
                onClick={() => restoreRecovery(offer)}
              >
                {t("editor_recoveryRestore")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
