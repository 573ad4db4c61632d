import { useEffect } from "react";
import { anchorAt, replaceAnchor, trimSpan } from "../../core";
import { useT } from "../i18n";
import { activeDoc, useApp } from "../store/appStore";
import { applyEdit, resolveConflict, updateDoc } from "../store/documentActions";
import { ApproximateBanner } from "./ApproximateBanner";

/** Read-only maps, re-found and lost anchors: said at the top of the map, where the user looks. */
export function DocumentBanners() {
  const t = useT();
  const doc = useApp(activeDoc);
  const textSelection = useApp((s) => s.textSelection);
  if (!doc) return null;
  return (
    <div className="banners">
      {doc.readOnly && (
        <p className="banner error" role="alert">
          {t("readOnlyBanner", { reason: `${doc.mapPath}:${doc.readOnly.line}:${doc.readOnly.column}: ${doc.readOnly.message}` })}
          {doc.readOnly.code === "newer-version" && ` ${t("newerVersionHint")}`}
        </p>
      )}
      {doc.reanchored > 0 && <p className="banner info">{t("reanchored", { count: doc.reanchored })}</p>}
      <ApproximateBanner doc={doc} />
      {doc.lost.length > 0 && (
        <div className="banner warning" role="status">
          <p>{t(doc.lost.length === 1 ? "lostAnchorsOne" : "lostAnchors", { count: doc.lost.length })}</p>
          <ul>
            {doc.lost.map((lost) => (
              <li key={`${lost.statement}-${lost.anchor.start}`}>
                “{lost.anchor.exact}”
                <button
                  type="button"
                  disabled={!textSelection}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    const map = doc.history?.present;
                    const statement = map?.statements.find((s) => s.id === lost.statement);
                    // By value: the map and the list of lost spans arrive as separate copies (HTTP or IPC).
                    const index =
                      statement?.anchors.findIndex(
                        (a) => a.start === lost.anchor.start && a.end === lost.anchor.end && a.exact === lost.anchor.exact,
                      ) ?? -1;
                    if (!textSelection || index < 0) return;
                    const span = trimSpan(doc.text, textSelection.start, textSelection.end);
                    applyEdit("label_reattach", (m) => replaceAnchor(m, lost.statement, index, anchorAt(doc.text, span.start, span.end)));
                    updateDoc(doc.path, (d) => ({ ...d, lost: d.lost.filter((l) => l !== lost) }));
                  }}
                >
                  {t("reattach")}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function Notice() {
  const t = useT();
  const notice = useApp((s) => s.notice);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => useApp.setState({ notice: null }), notice.tone === "error" ? 8000 : 2500);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <output className={`notice notice-${notice.tone}`} role={notice.tone === "error" ? "alert" : "status"}>
      {t(notice.key, notice.values)}
    </output>
  );
}

export function ConfirmDialog() {
  const t = useT();
  const confirm = useApp((s) => s.confirm);
  if (!confirm) return null;
  const close = () => useApp.setState({ confirm: null });
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={t(confirm.key, confirm.values)}>
        <p>{t(confirm.key, confirm.values)}</p>
        <div className="dialog-buttons">
          <button type="button" onClick={close}>
            {t("cancel")}
          </button>
          <button
            type="button"
            className="primary"
            onClick={() => {
              close();
              confirm.onConfirm();
            }}
          >
            {t("delete")}
          </button>
        </div>
      </div>
    </div>
  );
}

export function ConflictDialog() {
  const t = useT();
  const doc = useApp(activeDoc);
  if (!doc?.conflict) return null;
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-label={t("conflictTitle")}>
        <h2>{t("conflictTitle")}</h2>
        <p>{t("conflictBody", { file: doc.mapPath })}</p>
        <div className="dialog-buttons column">
          <button type="button" onClick={() => resolveConflict("copy")}>
            {t("conflictSaveAs")}
          </button>
          <button type="button" onClick={() => resolveConflict("overwrite")}>
            {t("conflictOverwrite")}
          </button>
          <button type="button" onClick={() => resolveConflict("reload")}>
            {t("conflictReload")}
          </button>
          <button type="button" onClick={() => resolveConflict("cancel")}>
            {t("cancel")}
          </button>
        </div>
      </div>
    </div>
  );
}
