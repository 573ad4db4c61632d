import { useMemo } from "react";
import { checkMap } from "../../core";
import { type MessageKey, useT } from "../i18n";
import { activeDoc, useApp } from "../store/appStore";

/** What a teacher would point at; a click selects the statement concerned. */
export function Checks() {
  const t = useT();
  const doc = useApp(activeDoc);
  const map = doc?.history?.present;
  const findings = useMemo(() => (map && doc ? checkMap(map, doc.text) : []), [map, doc?.text]);
  if (!map) return null;
  const textOf = (id?: string) => map.statements.find((s) => s.id === id)?.text ?? "";
  return (
    <details className="checks" open={findings.some((f) => f.kind !== "implicit-premise")}>
      <summary>
        {t("checks")} ({findings.length})
      </summary>
      {findings.length === 0 && <p className="hint">{t("noFindings")}</p>}
      <ul>
        {findings.map((f) => (
          <li key={`${f.kind}-${f.statement ?? ""}`} className={`finding finding-${f.kind}`}>
            <button
              type="button"
              onClick={() =>
                f.statement &&
                useApp.setState((s) => ({
                  selection: [f.statement as string],
                  focusRequest: { id: f.statement as string, serial: (s.focusRequest?.serial ?? 0) + 1 },
                }))
              }
            >
              {t(`check_${f.kind.replaceAll("-", "_")}` as MessageKey, { text: textOf(f.statement) })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
