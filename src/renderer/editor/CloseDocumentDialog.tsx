import { Modal } from "../dialogs/Modal";
import { useT } from "../i18n";
import { useApp } from "../store/appStore";
import { answerClose } from "./closeActions";
import { useEditor } from "./editorStore";

/** Closing a document with unsaved changes: save, discard or cancel. */
export function CloseDocumentDialog() {
  const path = useEditor((s) => s.closing);
  return path ? <CloseQuestion path={path} /> : null;
}

function CloseQuestion({ path }: { path: string }) {
  const t = useT();
  const title = useApp((s) => s.documents.find((d) => d.path === path)?.title ?? path);
  return (
    <Modal
      role="alertdialog"
      aria-labelledby="editor-close-title"
      aria-describedby="editor-close-body"
      onCancel={() => void answerClose("cancel")}
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
        {/* Saving loses nothing, so it is where Enter lands. */}
        <button type="button" className="primary" onClick={() => void answerClose("save")} data-autofocus="">
          {t("editor_closeSave")}
        </button>
      </div>
    </Modal>
  );
}
