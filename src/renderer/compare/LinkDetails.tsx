import { LINK_RELATIONS, removeLink, updateLink } from "../../core";
import { applyCrossEdit, endCrossGesture, useCross } from "../crossAuthor";
import { useT } from "../i18n";
import { selectLink } from "./compareStore";
import { relationKey } from "./labels";
import { StatementCard } from "./StatementCard";

/** The selected link: its relation and note to change, both statements with their quoted spans, and delete. */
export function LinkDetails({ id }: { id: string }) {
  const t = useT();
  const link = useCross((s) => s.history?.present.links.find((l) => l.id === id));
  if (!link) return null;
  return (
    <section className="details compare-details" aria-label={t("compare_linkDetails")}>
      <h2>{t("compare_linkDetails")}</h2>
      <fieldset className="compare-relations">
        <legend>{t("compare_relation")}</legend>
        {LINK_RELATIONS.map((r) => (
          <label key={r} className={`rel-${r}${link.relation === r ? " is-on" : ""}`}>
            <input
              type="radio"
              name={`relation-${id}`}
              checked={link.relation === r}
              onChange={() => applyCrossEdit("compare_label_relation", (f) => updateLink(f, id, { relation: r }))}
            />
            {t(relationKey(r))}
          </label>
        ))}
      </fieldset>
      <label>
        {t("compare_note")}
        <textarea
          value={link.note ?? ""}
          rows={4}
          onChange={(e) => applyCrossEdit("compare_label_note", (f) => updateLink(f, id, { note: e.target.value }), `note:${id}`)}
          onBlur={endCrossGesture}
        />
      </label>
      <StatementCard statementRef={link.from} />
      <StatementCard statementRef={link.to} />
      <button
        type="button"
        className="danger"
        onClick={() => {
          applyCrossEdit("compare_label_deleteLink", (f) => removeLink(f, id));
          selectLink(null);
        }}
      >
        {t("compare_deleteLink")}
      </button>
    </section>
  );
}
