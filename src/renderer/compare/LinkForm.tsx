import { useEffect, useRef, useState } from "react";
import { LINK_RELATIONS, type LinkRelation } from "../../core";
import { applyCrossEdit, useCross } from "../crossAuthor";
import { useT } from "../i18n";
import { selectLink, useCompare } from "./compareStore";
import { linkStatements } from "./edits";
import { relationKey } from "./labels";
import { StatementCard } from "./StatementCard";

/** Both ends are chosen: how do they relate, and why? One undo step when confirmed, nothing when cancelled. */
export function LinkForm() {
  const t = useT();
  const draft = useCompare((s) => s.draft);
  const [relation, setRelation] = useState<LinkRelation>("same");
  const [note, setNote] = useState("");
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!draft) return;
    setRelation("same");
    setNote("");
    first.current?.focus();
  }, [draft]);
  if (!draft) return null;
  const cancel = () => useCompare.setState({ draft: null });
  return (
    <div className="dialog-backdrop">
      <form
        className="dialog compare-form"
        role="dialog"
        aria-modal="true"
        aria-label={t("compare_newLink")}
        onKeyDown={(e) => {
          if (e.key === "Escape") cancel();
        }}
        onSubmit={(e) => {
          e.preventDefault();
          const maps = useCross.getState().maps;
          const [id] = applyCrossEdit("compare_label_addLink", (file) => linkStatements(file, draft, relation, note, maps));
          useCompare.setState({ draft: null });
          if (id) selectLink(id, false);
        }}
      >
        <h2>{t("compare_newLink")}</h2>
        <div className="compare-form-ends">
          <StatementCard statementRef={draft.from} />
          <StatementCard statementRef={draft.to} />
        </div>
        <fieldset className="compare-relations">
          <legend>{t("compare_relation")}</legend>
          {LINK_RELATIONS.map((r, i) => (
            <label key={r} className={`rel-${r}`}>
              <input
                ref={i === 0 ? first : undefined}
                type="radio"
                name="compare-relation"
                value={r}
                checked={relation === r}
                onChange={() => setRelation(r)}
              />
              {t(relationKey(r))}
            </label>
          ))}
        </fieldset>
        <label className="compare-note">
          {t("compare_note")}
          <textarea value={note} rows={3} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={cancel}>
            {t("cancel")}
          </button>
          <button type="submit" className="primary">
            {t("compare_ok")}
          </button>
        </div>
      </form>
    </div>
  );
}
