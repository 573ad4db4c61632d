import { type FormEvent, Fragment, useEffect, useState } from "react";
import { addIssue, type CrossAuthorFile } from "../../core";
import { CrossConflictDialog } from "../compare/CrossConflictDialog";
import { ensureCrossLoaded, type LoadedMap, useCross } from "../crossAuthor";
import { CrossHistoryButtons } from "../crossAuthor/CrossHistoryButtons";
import { type HandoutFormat, runHandoutExport } from "../export/handoutExport";
import { useT } from "../i18n";
import { notifyError } from "../store/documentActions";
import { applyIssueEdit } from "./edits";
import { IssueEditor } from "./IssueEditor";
import { IssuesMatrix } from "./IssuesMatrix";
import { columnsOf } from "./labels";
import "./matrix.css";
import { selectIssue, useMatrix } from "./matrixStore";
import { SuggestionsPanel } from "./SuggestionsPanel";

/** The issues matrix (points of contention × op-eds), with the issue editor or the suggested alignments beside it. */
export function MatrixView() {
  const t = useT();
  const view = useCross((s) => s.status);
  const error = useCross((s) => s.error);
  const file = useCross((s) => s.history?.present);
  const maps = useCross((s) => s.maps);
  const panel = useMatrix((s) => s.panel);

  useEffect(() => {
    void ensureCrossLoaded();
  }, []);

  if (view === "error") {
    return (
      <section className="matrix-view">
        <p className="banner error" role="alert">
          {t("compare_loadError", { message: error ?? "" })}
        </p>
      </section>
    );
  }
  if (view !== "ready" || !file) return <p className="hint centered">{t("loading")}</p>;
  return (
    <section className="matrix-view" aria-label={t("matrix_title")}>
      <div className="matrix-bar">
        <h1>{t("matrix_title")}</h1>
        <AddIssue />
        <span className="spacer" />
        <CrossHistoryButtons
          className="matrix-history"
          undo="matrix_undo"
          redo="matrix_redo"
          save="matrix_save"
          extra={<HandoutButtons />}
        />
      </div>
      <p className="matrix-hint">{t("matrix_hint")}</p>
      <div className="matrix-body">
        <IssuesMatrix file={file} maps={maps} />
        <aside className="matrix-side">
          <div className="segmented matrix-tabs" role="tablist">
            {(["issue", "suggestions"] as const).map((p) => (
              <button
                key={p}
                type="button"
                role="tab"
                aria-selected={panel === p}
                className={panel === p ? "is-on" : ""}
                onClick={() => useMatrix.setState({ panel: p })}
              >
                {t(p === "issue" ? "matrix_issueEditor" : "matrix_suggestions")}
              </button>
            ))}
          </div>
          {panel === "issue" ? <IssueEditor file={file} maps={maps} /> : <Suggestions file={file} maps={maps} />}
        </aside>
      </div>
      <CrossConflictDialog />
    </section>
  );
}

function AddIssue() {
  const t = useT();
  const [question, setQuestion] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const [id] = applyIssueEdit("matrix_label_addIssue", (f) => addIssue(f, { question }));
    if (!id) return;
    setQuestion("");
    selectIssue(id);
  };
  return (
    <form className="matrix-add" onSubmit={submit}>
      <input
        aria-label={t("matrix_newQuestion")}
        placeholder={t("matrix_newQuestion")}
        value={question}
        onChange={(e) => setQuestion(e.target.value)}
      />
      <button type="submit" disabled={!question.trim()}>
        {t("matrix_addIssue")}
      </button>
    </form>
  );
}

/** The two op-eds to compare, then their ranked suggestions. */
function Suggestions({ file, maps }: { file: CrossAuthorFile; maps: Record<string, LoadedMap> }) {
  const t = useT();
  const columns = columnsOf(file, maps).filter((c) => maps[c.id]);
  const chosen = useMatrix((s) => s.pair);
  const pair = chosen ?? [columns[0]?.id ?? "", columns[1]?.id ?? ""];
  const choose = (side: 0 | 1, id: string) => useMatrix.setState({ pair: side === 0 ? [id, pair[1]] : [pair[0], id] });
  return (
    <section aria-label={t("matrix_suggestions")}>
      <div className="matrix-pair">
        <span>{t("matrix_suggestionsFor")}</span>
        {([0, 1] as const).map((side) => (
          <Fragment key={side}>
            {side === 1 && <span>{t("matrix_and")}</span>}
            <select
              aria-label={`${t("matrix_suggestionsFor")} ${side + 1}`}
              value={pair[side]}
              onChange={(e) => choose(side, e.target.value)}
            >
              {columns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </Fragment>
        ))}
      </div>
      <SuggestionsPanel mapA={pair[0]} mapB={pair[1]} />
    </section>
  );
}

/**
 * The matrix and the links as a handout for the class, from the matrix itself (no map needs to be open); the
 * PDF is on the paper last chosen in the export dialog (A4 landscape until then).
 */
function HandoutButtons() {
  const t = useT();
  const run = (format: HandoutFormat) => {
    void runHandoutExport(format).then((outcome) => {
      if (outcome.kind === "failed") notifyError(new Error(outcome.message));
    });
  };
  return (
    <>
      <button type="button" onClick={() => run("handout-html")}>
        {t("matrix_handoutHtml")}
      </button>
      <button type="button" onClick={() => run("handout-md")}>
        {t("matrix_handoutMd")}
      </button>
      <button type="button" onClick={() => run("handout-pdf")}>
        {t("matrix_handoutPdf")}
      </button>
    </>
  );
}
