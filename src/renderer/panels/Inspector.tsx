import { useState } from "react";
import {
  type Inference,
  removeAnchor,
  removePremise,
  type Statement,
  setCentral,
  setInferenceKind,
  setInferenceNote,
  updateStatement,
} from "../../core";
import { useT } from "../i18n";
import { activeMap, useApp } from "../store/appStore";
import { applyEdit, endGesture } from "../store/documentActions";

/** The details of the selected statement or connection, all editable, every change undoable. */
export function Inspector() {
  const t = useT();
  const selected = useApp((s) => {
    const map = activeMap(s);
    const id = s.selection.length === 1 ? s.selection[0] : undefined;
    if (!map || !id) return undefined;
    return map.statements.find((x) => x.id === id) ?? map.inferences.find((x) => x.id === id);
  });
  return (
    <aside className="inspector" aria-label={t("inspector")}>
      <h2>{t("inspector")}</h2>
      {!selected && <p className="hint">{t("nothingSelected")}</p>}
      {selected && "text" in selected && <StatementDetails statement={selected} />}
      {selected && "kind" in selected && <InferenceDetails inference={selected} />}
    </aside>
  );
}

function StatementDetails({ statement }: { statement: Statement }) {
  const t = useT();
  const id = statement.id;
  const edit = (patch: Parameters<typeof updateStatement>[2], field: string) =>
    applyEdit(field === "note" ? "label_note" : "label_edit_statement", (m) => updateStatement(m, id, patch), `${field}:${id}`);
  return (
    <form className="details" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t("wording")}
        <textarea value={statement.text} rows={3} onChange={(e) => edit({ text: e.target.value }, "wording")} onBlur={endGesture} />
      </label>
      <label>
        {t("speaker")}
        <input
          value={statement.speaker ?? ""}
          placeholder={t("speakerAuthor")}
          onChange={(e) => edit({ speaker: e.target.value }, "speaker")}
          onBlur={endGesture}
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={statement.central === true}
          onChange={(e) => applyEdit("label_set_central", (m) => setCentral(m, e.target.checked ? id : undefined))}
        />
        {t("centralToggle")}
      </label>
      <TagsField key={id} tags={statement.tags ?? []} onTags={(tags) => edit({ tags }, "tags")} />
      <label>
        {t("note")}
        <textarea value={statement.note ?? ""} rows={2} onChange={(e) => edit({ note: e.target.value }, "note")} onBlur={endGesture} />
      </label>
      <h3>{t("spans")}</h3>
      {statement.anchors.length === 0 && <p className="hint">{t("noSpans")}</p>}
      <ul className="spans">
        {statement.anchors.map((a, index) => (
          <li key={`${a.start}-${a.end}`}>
            <button
              type="button"
              className="quote"
              onClick={() => useApp.setState((s) => ({ scrollRequest: { offset: a.start, serial: (s.scrollRequest?.serial ?? 0) + 1 } }))}
            >
              “{a.exact}”
            </button>
            <button
              type="button"
              className="small"
              aria-label={t("removeSpan")}
              title={t("removeSpan")}
              onClick={() => applyEdit("label_remove_span", (m) => removeAnchor(m, id, index))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
}

/**
 * Tags typed as one comma-separated line. The field keeps the words as typed while it has focus: shown from the
 * parsed tags, the comma that starts the next tag would vanish at once and a second tag could not be typed.
 */
function TagsField({ tags, onTags }: { tags: string[]; onTags: (tags: string[]) => void }) {
  const t = useT();
  const [typed, setTyped] = useState<string | null>(null);
  return (
    <label>
      {t("tags")}
      <input
        value={typed ?? tags.join(", ")}
        onChange={(e) => {
          setTyped(e.target.value);
          onTags(
            e.target.value
              .split(",")
              .map((x) => x.trim())
              .filter(Boolean),
          );
        }}
        onBlur={() => {
          setTyped(null);
          endGesture();
        }}
      />
    </label>
  );
}

function InferenceDetails({ inference }: { inference: Inference }) {
  const t = useT();
  const map = useApp(activeMap);
  const textOf = (id: string) => map?.statements.find((s) => s.id === id)?.text ?? id;
  // An undercut aims at a reason, not a statement: name that reason by its premises and its conclusion.
  const attacked = map?.inferences.find((i) => i.id === inference.target);
  const target = attacked
    ? t("structure_undercutTarget", {
        premises: attacked.premises.map((p) => `“${textOf(p)}”`).join(" + "),
        target: textOf(attacked.target),
      })
    : textOf(inference.target);
  return (
    <form className="details" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t("kind")}
        <select
          value={inference.kind}
          onChange={(e) =>
            applyEdit("label_set_kind", (m) => setInferenceKind(m, inference.id, e.target.value === "attack" ? "attack" : "support"))
          }
        >
          <option value="support">{t("support")}</option>
          <option value="attack">{t("attack")}</option>
        </select>
      </label>
      <h3>{t("premises")}</h3>
      <ul className="premises">
        {inference.premises.map((p) => (
          <li key={p}>
            {textOf(p)}
            {inference.premises.length > 1 && (
              <button
                type="button"
                className="small"
                title={t("removePremise")}
                aria-label={t("removePremise")}
                onClick={() => applyEdit("label_remove_premise", (m) => removePremise(m, inference.id, p))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <h3>{t("target")}</h3>
      <p>{target}</p>
      <label>
        {t("note")}
        <textarea
          value={inference.note ?? ""}
          rows={2}
          onChange={(e) => applyEdit("label_note", (m) => setInferenceNote(m, inference.id, e.target.value), `note:${inference.id}`)}
          onBlur={endGesture}
        />
      </label>
    </form>
  );
}
