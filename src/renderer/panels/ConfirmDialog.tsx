import { Modal } from "../dialogs/Modal";
import { useT } from "../i18n";
import { type PendingConfirm, useApp } from "../store/appStore";

/** "Delete 2 statements? …": asked before an edit that takes more with it than the user selected. */
export function ConfirmDialog() {
  const confirm = useApp((s) => s.confirm);
  return confirm ? <Question confirm={confirm} /> : null;
}

function Question({ confirm }: { confirm: PendingConfirm }) {
  const t = useT();
  const close = () => useApp.setState({ confirm: null });
  return (
    <Modal role="alertdialog" aria-label={t(confirm.key, confirm.values)} onCancel={close}>
      <p>{t(confirm.key, confirm.values)}</p>
      <div className="dialog-buttons">
        {/* The safe choice has the focus: Enter by habit keeps the statements. */}
        <button type="button" onClick={close} data-autofocus="">
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
    </Modal>
  );
}
