import { resolveCrossConflict, useCross } from "../crossAuthor";
import { useT } from "../i18n";
import { useApp } from "../store/appStore";

/** A save of the cross-author file met a newer file on disk: the user chooses, nothing is overwritten silently. */
export function CrossConflictDialog() {
  const t = useT();
  const conflict = useCross((s) => s.conflict);
  const file = useApp((s) => s.info?.crossAuthorPath ?? "workspace.argmap.json");
  if (!conflict) return null;
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={t("compare_conflictTitle")}>
        <h2>{t("compare_conflictTitle")}</h2>
        <p>{t("conflictBody", { file })}</p>
        <div className="dialog-buttons column">
          <button type="button" onClick={() => resolveCrossConflict("overwrite")}>
            {t("conflictOverwrite")}
          </button>
          <button type="button" onClick={() => resolveCrossConflict("reload")}>
            {t("conflictReload")}
          </button>
          <button type="button" onClick={() => resolveCrossConflict("cancel")}>
            {t("cancel")}
          </button>
        </div>
      </div>
    </div>
  );
}
