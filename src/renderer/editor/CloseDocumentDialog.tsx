import { useEffect, useRef } from "react";
import { useT } from "../i18n";
import { useApp } from "../store/appStore";
import { answerClose } from "./closeActions";
import { useEditor } from "./editorStore";

/** Closing a document with unsaved changes: save, discard or cancel. */
export function CloseDocumentDialog() {
  const t = useT();
  const path = useEditor((s) => s.closing);
  const title = useApp((s) => s.documents.find((d) => d.path === path)?.title ?? path ?? "");
  const saveButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (path) saveButton.current?.focus();
  }, [path]);
  if (!path) return null;
  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="editor-close-title"
        aria-describedby="editor-close-body"
        onKeyDown={(e) => {
          if (e.key !== "Escape") return;
          e.stopPropagation();
          void answerClose("cancel");
        }}
      >
        <h2 id="editor-close-title">{t("editor_closeTitle", { title })}</h2>
        <p id="editor-close-body">{t("editor_closeBody")}</p>
        <div className="dialog-buttons">
          <button type="button" onClick={() => void answerClose("cancel")}>
            {t("cancel")}
          </button>
          <button type="button" onClick={() => void answerClose("discard")}>
            {t("editor_closeDiscard")}
          </button>
          <button ref={saveButton} type="button" className="primary" onClick={() => void answerClose("save")}>
            {t("editor_closeSave")}
          </button>
        </div>
      </div>
    </div>
  );
}
