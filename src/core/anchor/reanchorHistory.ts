import type { History, Step } from "../history";
import type { ArgumentMap, Statement } from "../model/map";
import { type MapReanchored, reanchorMapWith, reanchorStatement, type StatementReanchored } from "./reanchor";

export interface HistoryReanchored extends Omit<MapReanchored, "map"> {
  history: History<ArgumentMap>;
}

/**
 * Follow a text that changed while its map was open. Every state of the undo history is re-anchored in the new
 * text and records its fingerprint, so that neither the present map nor an undo or redo brings back offsets into
 * a text that is gone; the lists (lost, approximate, moved) are those of the present map. Snapshots share their
 * unchanged statements, so each statement is re-found once however long the history is.
 *
 * The saved state stays the map on disk when any of its spans moved: the file then points into the old text, so
 * the map has unsaved changes until it is saved against the new one.
 */
export function reanchorHistory(history: History<ArgumentMap>, text: string, textSha256: string): HistoryReanchored {
  const statements = new Map<Statement, StatementReanchored>();
  const maps = new Map<ArgumentMap, MapReanchored>();
  const findStatement = (statement: Statement): StatementReanchored => {
    let found = statements.get(statement);
    if (!found) {
      found = reanchorStatement(statement, text);
      statements.set(statement, found);
    }
    return found;
  };
  const follow = (map: ArgumentMap): MapReanchored => {
    let found = maps.get(map);
    if (!found) {
      found = reanchorMapWith(map, textSha256, findStatement);
      maps.set(map, found);
    }
    return found;
  };
  const followStep = (step: Step<ArgumentMap>): Step<ArgumentMap> => ({ ...step, state: follow(step.state).map });

  const present = follow(history.present);
  const saved = follow(history.saved);
  return {
    history: {
      ...history,
      past: history.past.map(followStep),
      present: present.map,
      future: history.future.map(followStep),
      saved: saved.changed > 0 ? history.saved : saved.map,
    },
    lost: present.lost,
    approximate: present.approximate,
    changed: present.changed,
  };
}
