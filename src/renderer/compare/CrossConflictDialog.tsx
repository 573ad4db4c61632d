import { resolveCrossConflict, useCross } from "../crossAuthor";
import { Modal } from "../dialogs/Modal";
import { useT } from "../i18n";
import { useApp } from "../store/appStore";

/** A save of the cross-author file met a newer file on disk: the user chooses, nothing is overwritten silently. */
export function CrossConflictDialog() {
  const t = useT();
  const conflict = useCross((s) => s.conflict);
  const file = useApp((s) => s.info?.crossAuthorPath ?? "workspace.argmap.json");
  if (!conflict) return null;
  const cancel = () => void resolveCrossConflict("cancel");
  return (
    <Modal role="alertdialog" aria-label={t("compare_conflictTitle")} onCancel={cancel}>
      <h2>{t("compare_conflictTitle")}</h2>
      <p>{t("conflictBody", { file })}</p>
      <div className="dialog-buttons column">
        <button type="button" onClick={() => void resolveCrossConflict("overwrite")}>
          {t("conflictOverwrite")}
        </button>
        <button type="button" onClick={() => void resolveCrossConflict("reload")}>
          {t("conflictReload")}
        </button>
        {/* The safe choice has the focus: Enter by habit keeps both versions as they are. */}
        <button type="button" onClick={cancel} data-autofocus="">
          {t("cancel")}
        </button>
      </div>
    </Modal>
  );
}
