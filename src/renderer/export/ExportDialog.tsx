import "./exportDialog.css";
import { useId, useState } from "react";
import { Modal } from "../dialogs/Modal";
import { useT } from "../i18n";
import { activeMap, useApp } from "../store/appStore";
import { ExportOptions } from "./ExportOptions";
import { ExportPreview } from "./ExportPreview";
import { type DialogFormat, FORMAT_OPTIONS, isHandout, requestFor, selectedStatements } from "./exportChoices";
import { choose, closeExportDialog, useExport } from "./exportStore";
import { runHandoutExport } from "./handoutExport";
import { type ExportOutcome, runExport } from "./runExport";

/** The export dialog (command "export", Ctrl+E): a format, its options, a preview of drawings, and Export. */
export function ExportDialog() {
  const open = useExport((s) => s.open);
  const hasMap = useApp((s) => Boolean(activeMap(s)));
  return open && hasMap ? <OpenDialog /> : null;
}

function OpenDialog() {
  const t = useT();
  const titleId = useId();
  const map = useApp(activeMap);
  const selection = useApp((s) => s.selection);
  const choices = useExport((s) => s.choices);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  if (!map) return null;
  const selectedCount = selectedStatements(map, selection).length;
  const request = requestFor(choices, map, selection);

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    const result = isHandout(choices.format) ? await runHandoutExport(choices.format) : request ? await runExport(request) : undefined;
    if (!result) return;
    setBusy(false);
    if (result.kind === "saved" && result.notes.length === 0) {
      closeExportDialog();
      useApp.setState({ notice: { tone: "info", key: "export_saved", values: { file: result.fileName } } });
      return;
    }
    setOutcome(result);
  };

  return (
    <Modal className="export-dialog" aria-labelledby={titleId} aria-busy={busy} onCancel={busy ? undefined : closeExportDialog}>
      <h2 id={titleId}>{t("export_title")}</h2>
      <div className="export-body">
        <fieldset className="export-formats">
          <legend>{t("export_format")}</legend>
          <p className="export-group">{t("export_mapFormats")}</p>
          {FORMAT_OPTIONS.filter((f) => !isHandout(f.format)).map(({ format }) => (
            <FormatChoice key={format} format={format} chosen={choices.format} onChoose={() => setOutcome(null)} />
          ))}
          <p className="export-group">{t("export_workspaceFormats")}</p>
          {FORMAT_OPTIONS.filter((f) => isHandout(f.format)).map(({ format }) => (
            <FormatChoice key={format} format={format} chosen={choices.format} onChoose={() => setOutcome(null)} />
          ))}
        </fieldset>
        <section className="export-side" aria-label={t("export_options")}>
          <ExportOptions choices={choices} selectedCount={selectedCount} />
          {request && <ExportPreview map={map} request={request} />}
        </section>
      </div>
      <OutcomeMessage outcome={outcome} format={t(`export_format_${choices.format}`)} />
      <div className="dialog-buttons">
        {busy && <progress className="export-progress" aria-label={t("export_running")} />}
        <button type="button" onClick={closeExportDialog} disabled={busy}>
          {t("cancel")}
        </button>
        <button type="button" className="primary" onClick={() => void run()} disabled={busy}>
          {busy ? t("export_running") : t("export_run")}
        </button>
      </div>
    </Modal>
  );
}

function FormatChoice({ format, chosen, onChoose }: { format: DialogFormat; chosen: DialogFormat; onChoose: () => void }) {
  const t = useT();
  return (
    <label className={chosen === format ? "is-on" : ""}>
      <input
        type="radio"
        name="export-format"
        value={format}
        checked={chosen === format}
        data-autofocus={chosen === format ? "" : undefined}
        onChange={() => {
          choose({ format });
          onChoose();
        }}
      />
      {t(`export_format_${format}`)}
    </label>
  );
}

function OutcomeMessage({ outcome, format }: { outcome: ExportOutcome | null; format: string }) {
  const t = useT();
  if (!outcome || outcome.kind === "cancelled") return null;
  if (outcome.kind === "failed") {
    return (
      <p className="export-error" role="alert">
        {t("export_failed", { message: outcome.message })}
      </p>
    );
  }
  return (
    <div className="export-notes" role="status">
      <p>{t("export_savedWithNotes", { file: outcome.fileName, format })}</p>
      <ul>
        {outcome.notes.map((note) => (
          <li key={`${note.code}-${note.message}`}>{note.message}</li>
        ))}
      </ul>
    </div>
  );
}
