import { type CrossAuthorFile, danglingRefs } from "../../core";
import { type Language, translate } from "../i18n/translate";
import { ensureCrossLoaded, useCross } from "./crossStore";

export interface DanglingSummary {
  links: number;
  positions: number;
  /** What would point at nothing, in words: "contradicts Vijf conclusies; “Is de VS neutraal?”". */
  list: string;
}

/** What of the cross-author file would point at deleted statements if these statements of this map went. */
export function summarizeDangling(
  file: CrossAuthorFile,
  mapId: string,
  statementIds: readonly string[],
  language: Language,
): DanglingSummary | null {
  const found = danglingRefs(file, mapId, statementIds);
  if (found.links.length === 0 && found.positions.length === 0) return null;
  const label = (id: string) => file.maps.find((m) => m.id === id)?.label ?? id;
  const links = found.links.map((l) => {
    const other = l.from.map === mapId ? l.to.map : l.from.map;
    return `${translate(language, `compare_rel_${l.relation}`)} ${label(other)}`;
  });
  const positions = found.positions.map((p) => `“${p.issue.question}”`);
  return { links: found.links.length, positions: found.positions.length, list: [...links, ...positions].join("; ") };
}

/**
 * Call back with the cross-author file once it is known: at once when it is loaded (so a delete stays
 * synchronous), else after loading it. Undefined when there is none to read or it cannot be read.
 */
export function withCrossFile(then: (file: CrossAuthorFile | undefined) => void): void {
  if (useCross.getState().status === "ready") {
    then(useCross.getState().history?.present);
    return;
  }
  ensureCrossLoaded().then(
    () => then(useCross.getState().history?.present),
    () => then(undefined),
  );
}
