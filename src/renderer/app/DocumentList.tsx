import type { DocumentSummary } from "../../contract";
import { isDirty } from "../../core";
import { requestClose } from "../editor/closeActions";
import { type MessageKey, useT } from "../i18n";
import { useApp } from "../store/appStore";
import { openDocument } from "../store/documentActions";

const STATE_LABEL: Record<DocumentSummary["mapState"], MessageKey> = {
  none: "mapNone",
  ok: "mapOk",
  invalid: "mapInvalid",
  stale: "mapStale",
};

/** The texts of the workspace, each with the state of its map; an open one can be closed (asking first when unsaved). */
export function DocumentList() {
  const t = useT();
  const documents = useApp((s) => s.documents);
  const active = useApp((s) => s.active);
  const dirty = useApp((s) =>
    Object.values(s.docs)
      .filter((d) => d.history && isDirty(d.history))
      .map((d) => d.path),
  );
  const open = useApp((s) => Object.keys(s.docs).join("\n")).split("\n");
  return (
    <nav className="documents" aria-label={t("documents")}>
      <h2>{t("documents")}</h2>
      {documents.length === 0 && <p className="hint">{t("noDocuments")}</p>}
      <ul>
        {documents.map((d) => (
          <li key={d.path} className="doc-item">
            <button
              type="button"
              className={d.path === active ? "is-active" : ""}
              aria-current={d.path === active ? "page" : undefined}
              onClick={() => openDocument(d.path)}
            >
              <span className="doc-title">{d.title}</span>
              <span className={`doc-state state-${d.mapState}`} title={d.problem}>
                {t(STATE_LABEL[d.mapState])}
                {d.statements !== undefined && d.mapState !== "none" ? ` · ${d.statements}` : ""}
                {dirty.includes(d.path) ? ` · ${t("unsaved")}` : ""}
              </span>
            </button>
            {open.includes(d.path) && (
              <button
                type="button"
                className="doc-close"
                aria-label={t("editor_closeDocument", { title: d.title })}
                title={t("editor_closeDocument", { title: d.title })}
                onClick={() => requestClose(d.path)}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
