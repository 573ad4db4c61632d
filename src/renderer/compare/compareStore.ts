import { create } from "zustand";
import type { StatementRef } from "../../core";

/** What the compare view shows and what the user is doing in it; the links themselves live in the cross store. */
export interface CompareState {
  /** The map ids shown side by side, in column order; null until the user chooses (then a default applies). */
  chosen: string[] | null;
  selectedLink: string | null;
  selectedStatement: StatementRef | null;
  /** A link started by clicking a statement's dot: the next statement clicked in another map ends it. */
  linkStart: StatementRef | null;
  /** A drag from a statement's dot, with the pointer in page coordinates. */
  drag: { from: StatementRef; x: number; y: number } | null;
  /** Both ends chosen: the form for relation and note is open. */
  draft: { from: StatementRef; to: StatementRef } | null;
  /** Maps whose source text pane is open. */
  textOpen: Record<string, boolean>;
  /** Serial of a request to centre the selected link's ends in their columns. */
  focusSerial: number;
}

export const useCompare = create<CompareState>(() => ({
  chosen: null,
  selectedLink: null,
  selectedStatement: null,
  linkStart: null,
  drag: null,
  draft: null,
  textOpen: {},
  focusSerial: 0,
}));

export function refKey(ref: StatementRef): string {
  return `${ref.map}|${ref.statement}`;
}

export function parseRefKey(key: string | undefined | null): StatementRef | null {
  if (!key) return null;
  const bar = key.indexOf("|");
  return bar > 0 ? { map: key.slice(0, bar), statement: key.slice(bar + 1) } : null;
}

export function selectLink(id: string | null, focus = true): void {
  useCompare.setState((s) => ({
    selectedLink: id,
    selectedStatement: null,
    linkStart: null,
    focusSerial: focus && id ? s.focusSerial + 1 : s.focusSerial,
  }));
}

export function selectStatement(ref: StatementRef | null): void {
  useCompare.setState({ selectedStatement: ref, selectedLink: null });
}

/** The end of a link gesture on a statement: open the form when it joins two different maps. */
export function finishLink(from: StatementRef, to: StatementRef): void {
  if (from.map === to.map) {
    useCompare.setState({ linkStart: null, drag: null });
    return;
  }
  useCompare.setState({ draft: { from, to }, linkStart: null, drag: null });
}
