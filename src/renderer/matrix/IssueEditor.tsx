import { useEffect, useState } from "react";
import { type ContentionIssue, type CrossAuthorFile, removeIssue, updateIssue } from "../../core";
import type { LoadedMap } from "../crossAuthor";
import { useT } from "../i18n";
import { applyIssueEdit } from "./edits";
import { selectIssue, useMatrix } from "./matrixStore";
import { PositionForm } from "./PositionForm";

/** Beside the matrix: the chosen issue's question and note, and the position of one op-ed on it. */
export function IssueEditor({ file, maps }: { file: CrossAuthorFile; maps: Record<string, LoadedMap> }) {
  const t = useT();
  const issueId = useMatrix((s) => s.selectedIssue);
  const issue = file.issues.find((i) => i.id === issueId);
  if (!issue) return <p className="hint">{t("matrix_pickIssue")}</p>;
  return (
    <section className="matrix-editor" aria-label={t("matrix_issueEditor")}>
      <div className="matrix-editor-head">
        <h2>{t("matrix_issueEditor")}</h2>
        <button type="button" onClick={() => selectIssue(null)}>
          {t("matrix_close")}
        </button>
      </div>
      <IssueFields issue={issue} />
      <PositionForm file={file} maps={maps} issue={issue} />
      <button
        type="button"
        className="danger"
        onClick={() => {
          applyIssueEdit("matrix_label_deleteIssue", (f) => removeIssue(f, issue.id));
          selectIssue(null);
        }}
      >
        {t("matrix_deleteIssue")}
      </button>
    </section>
  );
}

/** Question and note, each written to the file when the field is left (or Enter in the question): one undo step. */
function IssueFields({ issue }: { issue: ContentionIssue }) {
  const t = useT();
  const [question, setQuestion] = useState(issue.question);
  const [note, setNote] = useState(issue.note ?? "");
  // Undo and redo change the issue under the fields: show what the file says.
  useEffect(() => setQuestion(issue.question), [issue.question]);
  useEffect(() => setNote(issue.note ?? ""), [issue.note]);
  const commitQuestion = () => {
    if (question.trim() === issue.question) return;
    if (applyIssueEdit("matrix_label_question", (f) => updateIssue(f, issue.id, { question })).length === 0) setQuestion(issue.question);
  };
  const commitNote = () => {
    if (note.trim() !== (issue.note ?? "")) applyIssueEdit("matrix_label_note", (f) => updateIssue(f, issue.id, { note }));
  };
  return (
    <div className="matrix-fields">
      <label>
        {t("matrix_question")}
        <input
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          onBlur={commitQuestion}
          onKeyDown={(e) => e.key === "Enter" && commitQuestion()}
        />
      </label>
      <label>
        {t("matrix_note")}
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} onBlur={commitNote} />
      </label>
    </div>
  );
}
