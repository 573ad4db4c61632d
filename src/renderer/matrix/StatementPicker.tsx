import { useId, useState } from "react";
import type { Statement } from "../../core";
import { useT } from "../i18n";

/** Lower case without diacritics, so "oekraine" finds "Oekraïne". */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** A searchable list of one map's statements with a checkbox each. */
export function StatementPicker(props: { statements: Statement[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { statements, chosen, onChange } = props;
  const t = useT();
  const [query, setQuery] = useState("");
  const listId = useId();
  const words = fold(query).split(/\s+/).filter(Boolean);
  // The chosen statements come first and stay in view while searching.
  const shown = [
    ...statements.filter((s) => chosen.includes(s.id)),
    ...statements.filter((s) => !chosen.includes(s.id) && words.every((w) => fold(s.text).includes(w))),
  ];
  const toggle = (id: string) => onChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);
  return (
    <div className="matrix-picker">
      <label>
        {t("matrix_statements")}
        <input
          type="search"
          placeholder={t("matrix_searchStatements")}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-controls={listId}
        />
      </label>
      <ul id={listId} aria-label={t("matrix_statements")}>
        {shown.map((s) => (
          <li key={s.id}>
            <label>
              <input type="checkbox" checked={chosen.includes(s.id)} onChange={() => toggle(s.id)} />
              <span>{s.text}</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="hint">{t("matrix_noStatements")}</li>}
      </ul>
    </div>
  );
}
