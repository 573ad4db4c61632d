import { useMemo } from "react";
import { brokenRefs, type CrossLink, sameRef } from "../../core";
import { useCross } from "../crossAuthor";
import { useT } from "../i18n";
import { selectLink, useCompare } from "./compareStore";
import { knownMaps, mapLabel } from "./edits";
import { LinkDetails } from "./LinkDetails";
import { relationKey, wordingOf } from "./labels";
import { StatementCard } from "./StatementCard";

const NO_LINKS: CrossLink[] = [];

/** Beside the columns: the selected link or statement, the links between the shown op-eds, and what dangles. */
export function DetailsPanel({ chosen }: { chosen: string[] }) {
  const t = useT();
  const links = useCross((s) => s.history?.present.links) ?? NO_LINKS;
  // A link taken back by undo is no longer there to show; the list is.
  const selectedLink = useCompare((s) => (links.some((l) => l.id === s.selectedLink) ? s.selectedLink : null));
  const selectedStatement = useCompare((s) => s.selectedStatement);
  const shown = links.filter((l) => chosen.includes(l.from.map) && chosen.includes(l.to.map));
  const ofStatement = selectedStatement ? links.filter((l) => sameRef(l.from, selectedStatement) || sameRef(l.to, selectedStatement)) : [];
  return (
    <aside className="compare-side">
      {selectedLink ? (
        <LinkDetails id={selectedLink} />
      ) : selectedStatement ? (
        <section className="details compare-details" aria-label={t("compare_statementDetails")}>
          <h2>{t("compare_statementDetails")}</h2>
          <StatementCard statementRef={selectedStatement} />
          <LinkList title={t("compare_linksOfStatement", { count: ofStatement.length })} links={ofStatement} />
        </section>
      ) : (
        <section className="details compare-details">
          <p className="hint">{t("compare_nothingSelected")}</p>
          <LinkList title={t("compare_links", { count: shown.length })} links={shown} />
        </section>
      )}
      <BrokenRefs />
    </aside>
  );
}

function LinkList({ title, links }: { title: string; links: CrossLink[] }) {
  const t = useT();
  const maps = useCross((s) => s.maps);
  return (
    <>
      <h3>{title}</h3>
      <ul className="compare-link-list">
        {links.map((l) => (
          <li key={l.id}>
            <button type="button" className={`rel-${l.relation}`} onClick={() => selectLink(l.id)}>
              <span className="relation">{t(relationKey(l.relation))}</span> {wordingOf(maps, l.from, 48) ?? t("compare_deleted")} —{" "}
              {wordingOf(maps, l.to, 48) ?? t("compare_deleted")}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Links and positions whose statement was deleted from its map: kept in the file, and said here. */
function BrokenRefs() {
  const t = useT();
  const maps = useCross((s) => s.maps);
  const file = useCross((s) => s.history?.present);
  const broken = useMemo(() => (file ? brokenRefs(file, knownMaps(maps)) : { links: [], positions: [] }), [file, maps]);
  if (broken.links.length === 0 && broken.positions.length === 0) return null;
  return (
    <section className="details compare-broken" aria-label={t("compare_broken")}>
      <h2>{t("compare_broken")}</h2>
      {broken.links.length > 0 && <p>{t("compare_brokenLinks", { count: broken.links.length })}</p>}
      <ul className="compare-link-list">
        {broken.links.map((l) => (
          <li key={l.id}>
            <button type="button" onClick={() => selectLink(l.id, false)}>
              <span className="flag">{t("compare_deleted")}</span>: {t(relationKey(l.relation))} —{" "}
              {wordingOf(maps, l.from, 40) ??
                t("compare_deletedEnd", { statement: l.from.statement, map: mapLabel(file, maps, l.from.map) })}{" "}
              — {wordingOf(maps, l.to, 40) ?? t("compare_deletedEnd", { statement: l.to.statement, map: mapLabel(file, maps, l.to.map) })}
            </button>
          </li>
        ))}
      </ul>
      {broken.positions.length > 0 && <p>{t("compare_brokenPositions", { count: broken.positions.length })}</p>}
      <ul>
        {broken.positions.map((p) => (
          <li key={`${p.issue.id}-${p.position.map}`}>
            {t("compare_brokenPosition", {
              question: p.issue.question,
              map: mapLabel(file, maps, p.position.map),
              statements: p.statements.join(", "),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
