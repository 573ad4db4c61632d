import type { KeyboardEvent } from "react";
import { type ContentionIssue, type CrossAuthorFile, moveIssue, positionOf, STANCE_SYMBOLS } from "../../core";
import type { LoadedMap } from "../crossAuthor";
import { translate, useT } from "../i18n";
import { applyIssueEdit } from "./edits";
import { openStatement } from "./jump";
import { columnsOf, stanceKey, statementWording } from "./labels";
import { selectIssue, useMatrix } from "./matrixStore";

/**
 * Issues × op-eds: each cell the op-ed's stance (symbol, word and colour) and its short form. A cell with a
 * statement opens that statement in its text; an op-ed without a position says so.
 */
export function IssuesMatrix({ file, maps }: { file: CrossAuthorFile; maps: Record<string, LoadedMap> }) {
  const t = useT();
  const columns = columnsOf(file, maps);
  if (file.issues.length === 0) return <p className="hint matrix-empty">{t("matrix_noIssues")}</p>;
  return (
    <div className="matrix-scroll">
      <table className="matrix" aria-label={t("matrix_title")}>
        <thead>
          <tr>
            <th scope="col" className="matrix-question-head">
              {t("matrix_issue")}
            </th>
            {columns.map((c) => (
              <th scope="col" key={c.id}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {file.issues.map((issue, index) => (
            <IssueRow key={issue.id} issue={issue} index={index} count={file.issues.length} columns={columns} maps={maps} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function move(issue: ContentionIssue, to: number): void {
  applyIssueEdit("matrix_label_moveIssue", (f) => moveIssue(f, issue.id, to));
  // Keep the keyboard on the question that moved.
  requestAnimationFrame(() => document.getElementById(`matrix-q-${issue.id}`)?.focus());
}

function IssueRow(props: {
  issue: ContentionIssue;
  index: number;
  count: number;
  columns: { id: string; label: string }[];
  maps: Record<string, LoadedMap>;
}) {
  const { issue, index, count, columns, maps } = props;
  const t = useT();
  const selected = useMatrix((s) => s.selectedIssue === issue.id);
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== "ArrowUp" && e.key !== "ArrowDown")) return;
    e.preventDefault();
    const to = e.key === "ArrowUp" ? index - 1 : index + 1;
    if (to >= 0 && to < count) move(issue, to);
  };
  return (
    <tr className={selected ? "is-selected" : ""}>
      <th scope="row" className="matrix-question">
        <button
          type="button"
          id={`matrix-q-${issue.id}`}
          className="matrix-question-button"
          aria-pressed={selected}
          title={`${t("matrix_editIssue", { question: issue.question })} (Alt+↑ / Alt+↓)`}
          onClick={() => selectIssue(selected ? null : issue.id)}
          onKeyDown={onKey}
        >
          <span className="matrix-number">{index + 1}.</span> {issue.question}
        </button>
        <span className="matrix-move">
          <button
            type="button"
            aria-label={t("matrix_moveUpIssue", { question: issue.question })}
            title={t("matrix_moveUp")}
            disabled={index === 0}
            onClick={() => move(issue, index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t("matrix_moveDownIssue", { question: issue.question })}
            title={t("matrix_moveDown")}
            disabled={index === count - 1}
            onClick={() => move(issue, index + 1)}
          >
            ↓
          </button>
        </span>
      </th>
      {columns.map((c) => (
        <Cell key={c.id} issue={issue} map={c.id} label={c.label} maps={maps} />
      ))}
    </tr>
  );
}

function Cell({ issue, map, label, maps }: { issue: ContentionIssue; map: string; label: string; maps: Record<string, LoadedMap> }) {
  const t = useT();
  const position = positionOf(issue, map);
  if (!position) {
    return (
      <td className="matrix-cell absent">
        <span className="matrix-symbol" aria-hidden="true">
          ·
        </span>{" "}
        {t("matrix_noPosition")}
      </td>
    );
  }
  const stance = t(stanceKey(position.stance));
  // A short form that only repeats the stance ("geen standpunt"), in either language, is not shown twice.
  const repeats = (["en", "nl"] as const).some(
    (l) => translate(l, stanceKey(position.stance)).toLowerCase() === position.summary?.toLowerCase(),
  );
  const summary = position.summary && !repeats ? position.summary : "";
  const first = position.statements[0];
  const wording = first ? statementWording(maps, map, first) : undefined;
  const content = (
    <>
      <span className="matrix-stance">
        <span className="matrix-symbol" aria-hidden="true">
          {STANCE_SYMBOLS[position.stance]}
        </span>{" "}
        {stance}
      </span>
      {summary && <span className="matrix-summary">{summary}</span>}
    </>
  );
  const name = { map: label, question: issue.question, stance: summary ? `${stance}, ${summary}` : stance };
  return (
    <td className={`matrix-cell stance-${position.stance}`}>
      {first ? (
        <button
          type="button"
          className="matrix-open"
          aria-label={t("matrix_cellOpen", name)}
          title={wording ? `“${wording}”` : undefined}
          onClick={() => void openStatement({ map, statement: first })}
        >
          {content}
        </button>
      ) : (
        <span className="matrix-open">{content}</span>
      )}
    </td>
  );
}
