import { useState } from "react";
import {
  type ContentionIssue,
  type CrossAuthorFile,
  positionOf,
  removePosition,
  STANCE_SYMBOLS,
  STANCES,
  type Stance,
  setPosition,
} from "../../core";
import type { LoadedMap } from "../crossAuthor";
import { useT } from "../i18n";
import { applyIssueEdit } from "./edits";
import { columnsOf, stanceKey } from "./labels";
import { useMatrix } from "./matrixStore";
import { StatementPicker } from "./StatementPicker";

/** Choose an op-ed, then its stance, statements, short form and note on the issue. */
export function PositionForm({ file, maps, issue }: { file: CrossAuthorFile; maps: Record<string, LoadedMap>; issue: ContentionIssue }) {
  const t = useT();
  const columns = columnsOf(file, maps);
  const chosen = useMatrix((s) => s.positionMap);
  const map = columns.some((c) => c.id === chosen) ? (chosen as string) : (columns[0]?.id ?? "");
  const position = positionOf(issue, map);
  return (
    <fieldset className="matrix-position">
      <legend>{t("matrix_stance")}</legend>
      <label>
        {t("matrix_positionOf")}
        <select value={map} onChange={(e) => useMatrix.setState({ positionMap: e.target.value })}>
          {columns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {/* Keyed by what it edits, so the fields start from the file's values again after a change or an undo. */}
      <PositionFields key={`${issue.id}:${map}:${JSON.stringify(position ?? null)}`} issue={issue} map={map} loaded={maps[map]} />
    </fieldset>
  );
}

function PositionFields({ issue, map, loaded }: { issue: ContentionIssue; map: string; loaded: LoadedMap | undefined }) {
  const t = useT();
  const position = positionOf(issue, map);
  const [stance, setStance] = useState<Stance>(position?.stance ?? "pro");
  const [statements, setStatements] = useState<string[]>(position?.statements ?? []);
  const [summary, setSummary] = useState(position?.summary ?? "");
  const [note, setNote] = useState(position?.note ?? "");
  const save = () =>
    applyIssueEdit("matrix_label_setPosition", (f) => setPosition(f, issue.id, { map, statements, stance, summary, note }, loaded?.map));
  return (
    <>
      <div className="matrix-stances" role="radiogroup" aria-label={t("matrix_stance")}>
        {STANCES.map((s) => (
          <label key={s} className={`stance-${s} ${stance === s ? "is-on" : ""}`}>
            <input type="radio" name={`stance-${issue.id}`} checked={stance === s} onChange={() => setStance(s)} />
            <span aria-hidden="true">{STANCE_SYMBOLS[s]}</span> {t(stanceKey(s))}
          </label>
        ))}
      </div>
      <StatementPicker statements={loaded?.map.statements ?? []} chosen={statements} onChange={setStatements} />
      <label>
        {t("matrix_summary")}
        <input value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <label>
        {t("matrix_positionNote")}
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="matrix-actions">
        <button type="button" className="primary" onClick={save}>
          {t("matrix_setPosition")}
        </button>
        <button
          type="button"
          disabled={!position}
          onClick={() => applyIssueEdit("matrix_label_removePosition", (f) => removePosition(f, issue.id, map))}
        >
          {t("matrix_removePosition")}
        </button>
      </div>
    </>
  );
}
