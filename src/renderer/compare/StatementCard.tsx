import { useMemo } from "react";
import { analyseRoles, anchorHolds, type StatementRef } from "../../core";
import { type LoadedMap, useCross } from "../crossAuthor";
import { useT } from "../i18n";
import { mapLabel } from "./edits";

/**
 * One end of a link, or a selected statement: its op-ed, role and wording, and the words it quotes with a
 * little context, so both sides of a disagreement can be read together. A deleted statement is said so.
 */
export function StatementCard({ statementRef }: { statementRef: StatementRef }) {
  const t = useT();
  const maps = useCross((s) => s.maps);
  const file = useCross((s) => s.history?.present);
  const loaded: LoadedMap | undefined = maps[statementRef.map];
  const label = mapLabel(file, maps, statementRef.map);
  const statement = loaded?.map.statements.find((s) => s.id === statementRef.statement);
  const role = useMemo(() => (loaded && statement ? analyseRoles(loaded.map).roles.get(statement.id) : undefined), [loaded, statement]);
  if (!loaded || !statement) {
    return (
      <article className="compare-card is-deleted">
        <h3>{label}</h3>
        <p className="flag" role="status">
          {loaded ? t("compare_deletedEnd", { statement: statementRef.statement, map: label }) : t("compare_notLoaded")}
        </p>
      </article>
    );
  }
  return (
    <article className={`compare-card role-${role ?? "unconnected"}`} aria-label={`${label}: ${statement.text}`}>
      <h3>
        {label} <span className="role">{t(`role_${role ?? "unconnected"}`)}</span>
      </h3>
      <p className="wording">{statement.text}</p>
      {statement.anchors.length === 0 ? (
        <p className="hint">{t("compare_noSpan")}</p>
      ) : (
        <>
          <h4>{t("compare_quoted")}</h4>
          {statement.anchors.map((a) => {
            const holds = anchorHolds(loaded.text, a);
            const before = holds ? loaded.text.slice(Math.max(0, a.start - 60), a.start) : a.prefix;
            const after = holds ? loaded.text.slice(a.end, a.end + 60) : a.suffix;
            return (
              <blockquote key={`${a.start}-${a.end}`} lang={loaded.map.source.language ?? "nl"}>
                …{before.replace(/\s+/g, " ")}
                <mark>{a.exact.replace(/\s+/g, " ")}</mark>
                {after.replace(/\s+/g, " ")}…
              </blockquote>
            );
          })}
        </>
      )}
    </article>
  );
}
