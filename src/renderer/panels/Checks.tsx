import { useMemo } from "react";
import { type ArgumentMap, brokenRefs, type CrossAuthorFile, checkMap } from "../../core";
import { selectLink } from "../compare/compareStore";
import { relationKey } from "../compare/labels";
import { useCross } from "../crossAuthor";
import { type MessageKey, useT } from "../i18n";
import { activeDoc, useApp } from "../store/appStore";

/** What a teacher would point at; a click selects the statement concerned, or opens the compare view for a dangling link. */
export function Checks() {
  const t = useT();
  const doc = useApp(activeDoc);
  const map = doc?.history?.present;
  const findings = useMemo(() => (map && doc ? checkMap(map, doc.text) : []), [map, doc?.text]);
  const crossFile = useCross((s) => s.history?.present);
  const broken = useMemo(() => (map && crossFile ? brokenLinks(crossFile, map) : []), [map, crossFile]);
  const wordings = useMemo(() => new Map(map?.statements.map((s) => [s.id, s.text])), [map?.statements]);
  if (!map) return null;
  const textOf = (id?: string) => (id === undefined ? "" : (wordings.get(id) ?? ""));
  const count = findings.length + broken.length;
  return (
    <details className="checks" open={broken.length > 0 || findings.some((f) => f.kind !== "implicit-premise")}>
      <summary>
        {t("checks")} ({count})
      </summary>
      {count === 0 && <p className="hint">{t("noFindings")}</p>}
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
        {broken.map((b) => (
          <li key={b.key} className="finding finding-deleted-link">
            {/* The link itself lives in the cross-author file: the compare view shows it and what it dangles from. */}
            <button
              type="button"
              onClick={() => {
                if (b.link) selectLink(b.link, false);
                useApp.setState({ view: "compare" });
              }}
            >
              {capitalised(t("compare_deleted"))}: {b.relation ? `${t(relationKey(b.relation))} ` : ""}
              {b.other}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

interface BrokenLink {
  key: string;
  /** The link's id; none for an issue position. */
  link?: string;
  /** The link's relation; none for an issue position. */
  relation?: Parameters<typeof relationKey>[0];
  /** The other end in words: the map the link goes to, or the question of the issue. */
  other: string;
}

/**
 * Links and issue positions of the cross-author file that point at statements no longer in this map (deleted,
 * or changed on disk). Only this map is judged: a link to another map's deleted statement is that map's finding.
 */
function brokenLinks(file: CrossAuthorFile, map: ArgumentMap): BrokenLink[] {
  const found = brokenRefs(file, { [map.id]: map });
  const label = (id: string) => file.maps.find((m) => m.id === id)?.label ?? id;
  return [
    ...found.links.map((l) => ({
      key: `link-${l.id}`,
      link: l.id,
      relation: l.relation,
      other: label(l.from.map === map.id ? l.to.map : l.from.map),
    })),
    ...found.positions.map((p) => ({ key: `position-${p.issue.id}-${p.position.map}`, other: `“${p.issue.question}”` })),
  ];
}

/** The compare view's flag starts mid-sentence; as a finding it starts a line, like the other findings. */
function capitalised(words: string): string {
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
