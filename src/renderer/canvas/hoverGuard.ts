import { useEffect } from "react";
import { type AppState, activeMap, useApp } from "../store/appStore";

/**
 * `hovered` outlines a statement's spans in the text. It is set on mouseenter and cleared on mouseleave, but a box
 * that is removed under the pointer, or drawn under it, never hears the mouse leave: its outline would stay. So
 * it is also cleared when the statement leaves the map, or leaves the selection while the pointer is not on it.
 * (The canvas clears it too when the pointer leaves the map.)
 */
export function useHoverGuard(): void {
  useEffect(
    () =>
      useApp.subscribe((state, previous) => {
        if (staleHover(state, previous, pointerOn)) useApp.setState({ hovered: null });
      }),
    [],
  );
}

/** Whether the hovered statement's outline should go after this change of the store. */
export function staleHover(state: AppState, previous: AppState, pointerIsOn: (id: string) => boolean): boolean {
  const id = state.hovered;
  if (id === null) return false;
  const map = activeMap(state);
  const removed = map !== undefined && map !== activeMap(previous) && !map.statements.some((s) => s.id === id);
  const deselected = previous.selection.includes(id) && !state.selection.includes(id);
  return removed || (deselected && !pointerIsOn(id));
}

/** Whether the pointer is on the statement's box or on one of its spans in the text. */
function pointerOn(id: string): boolean {
  const quoted = CSS.escape(id);
  return document.querySelector(`[data-statement="${quoted}"]:hover, mark[data-statements~="${quoted}"]:hover`) !== null;
}
