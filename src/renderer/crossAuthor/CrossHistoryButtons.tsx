import type { ReactNode } from "react";
import { canRedo, canUndo, isDirty, redoLabel, undoLabel } from "../../core";
import { type MessageKey, useT } from "../i18n";
import { redoCross, saveCross, undoCross, useCross } from "./crossStore";

/**
 * Undo, redo and save of the cross-author file, apart from the map's own buttons in the toolbar: the compare
 * view and the matrix show the same three, each in its own words; `extra` goes before the save button.
 */
export function CrossHistoryButtons(props: { className: string; undo: MessageKey; redo: MessageKey; save: MessageKey; extra?: ReactNode }) {
  const t = useT();
  const history = useCross((s) => s.history);
  const saving = useCross((s) => s.saving);
  if (!history) return null;
  const undoWhat = undoLabel(history);
  const redoWhat = redoLabel(history);
  const dirty = isDirty(history);
  return (
    <div className={props.className}>
      <button
        type="button"
        onClick={undoCross}
        disabled={!canUndo(history)}
        title={undoWhat ? `${t("undoWhat", { what: t(undoWhat as MessageKey) })} (Ctrl+Z)` : "Ctrl+Z"}
      >
        {t(props.undo)}
      </button>
      <button
        type="button"
        onClick={redoCross}
        disabled={!canRedo(history)}
        title={redoWhat ? `${t("redoWhat", { what: t(redoWhat as MessageKey) })} (Ctrl+Shift+Z)` : "Ctrl+Shift+Z"}
      >
        {t(props.redo)}
      </button>
      {props.extra}
      <button type="button" className="primary" onClick={() => void saveCross()} disabled={!dirty || saving} title="Ctrl+S">
        {saving ? t("saving") : t(props.save)}
        {dirty && <span className="dirty-dot" title={t("unsaved")} />}
      </button>
    </div>
  );
}
