import { useEffect } from "react";
import { anchorAt, replaceAnchor, trimSpan } from "../../core";
import { useT } from "../i18n";
import { activeDoc, useApp } from "../store/appStore";
import { applyEdit, updateDoc } from "../store/documentActions";
import { ApproximateBanner } from "./ApproximateBanner";

// The dialogs have files of their own; App takes them from here with the banners.
export { ConfirmDialog } from "./ConfirmDialog";
export { ConflictDialog } from "./ConflictDialog";

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
      {doc.textChangedOnDisk ? (
        <p className="banner info" role="status">
          {t(doc.reanchored > 0 ? "textChanged_banner" : "textChanged_bannerNoneMoved", { file: doc.path, count: doc.reanchored })}
        </p>
      ) : (
        doc.reanchored > 0 && <p className="banner info">{t("reanchored", { count: doc.reanchored })}</p>
      )}
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
