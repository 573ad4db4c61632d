import { useEffect, useMemo } from "react";
import type { CrossLink } from "../../core";
import { ensureCrossLoaded, type LoadedMap, useCross } from "../crossAuthor";
import { CrossHistoryButtons } from "../crossAuthor/CrossHistoryButtons";
import { useT } from "../i18n";
import "./compare.css";
import { CrossConflictDialog } from "./CrossConflictDialog";
import { useCompare } from "./compareStore";
import { DetailsPanel } from "./DetailsPanel";
import { mapLabel } from "./edits";
import { installCompareKeys } from "./keyboard";
import { LinkForm } from "./LinkForm";
import { LinkOverlay } from "./LinkOverlay";
import { wordingOf } from "./labels";
import { MapColumn } from "./MapColumn";

const NO_LINKS: CrossLink[] = [];

/** Two or more op-eds side by side, each with its map and source text, and the links between them drawn across. */
export function CompareView() {
  const t = useT();
  const status = useCross((s) => s.status);
  const error = useCross((s) => s.error);
  const file = useCross((s) => s.history?.present);
  const maps = useCross((s) => s.maps);
  const links = file?.links ?? NO_LINKS;
  const chosenByUser = useCompare((s) => s.chosen);
  const available = useMemo(() => availableMaps(file?.maps.map((m) => m.id) ?? [], maps), [file?.maps, maps]);
  const chosen = (chosenByUser ?? available.slice(0, 2)).filter((id) => maps[id]);

  useEffect(() => {
    void ensureCrossLoaded();
    return installCompareKeys(window);
  }, []);

  if (status === "error") {
    return (
      <section className="compare">
        <p className="banner error" role="alert">
          {t("compare_loadError", { message: error ?? "" })}
        </p>
      </section>
    );
  }
  if (status !== "ready" || !file) return <p className="hint centered">{t("loading")}</p>;

  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((c) => c !== id) : available.filter((a) => a === id || chosen.includes(a));
    useCompare.setState({ chosen: next, selectedLink: null, selectedStatement: null });
  };
  return (
    <section className="compare" aria-label={t("compare_title")}>
      <div className="compare-bar">
        <fieldset className="compare-choose">
          <legend>{t("compare_choose")}</legend>
          {available.map((id) => (
            <label key={id} className={chosen.includes(id) ? "is-on" : ""}>
              <input type="checkbox" checked={chosen.includes(id)} onChange={() => toggle(id)} />
              {mapLabel(file, maps, id)}
            </label>
          ))}
        </fieldset>
        <span className="spacer" />
        <CrossHistoryButtons className="compare-history" undo="compare_undoLink" redo="compare_redoLink" save="compare_saveLinks" />
      </div>
      <Hint />
      <div className="compare-body">
        <div className="compare-columns">
          {chosen.length < 2 && <p className="hint compare-choose-hint">{t("compare_chooseHint")}</p>}
          {chosen.map((id, index) => (
            <MapColumn
              side={index === 0 ? "right" : "left"}
              key={id}
              loaded={maps[id] as LoadedMap}
              label={mapLabel(file, maps, id)}
              links={links.filter((l) => linksInto(l, id, chosen))}
              shownWith={chosen.filter((c) => c !== id).join(" ")}
            />
          ))}
          <LinkOverlay links={links} chosen={chosen} />
        </div>
        <DetailsPanel chosen={chosen} />
      </div>
      <LinkForm />
      <CrossConflictDialog />
    </section>
  );
}

/** The maps the file lists first, in its order (the order its author chose), then any others of the workspace. */
function availableMaps(listed: string[], maps: Record<string, LoadedMap>): string[] {
  const known = listed.filter((id) => maps[id]);
  return [...known, ...Object.keys(maps).filter((id) => !known.includes(id))];
}

function linksInto(link: CrossLink, id: string, chosen: string[]): boolean {
  if (link.from.map === id) return chosen.includes(link.to.map);
  if (link.to.map === id) return chosen.includes(link.from.map);
  return false;
}

function Hint() {
  const t = useT();
  const linkStart = useCompare((s) => s.linkStart);
  const maps = useCross((s) => s.maps);
  return (
    <p className="compare-hint" role="status">
      {linkStart ? t("compare_pending", { statement: wordingOf(maps, linkStart) ?? linkStart.statement }) : t("compare_hint")}
    </p>
  );
}
