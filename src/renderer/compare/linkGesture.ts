import type { StatementRef } from "../../core";
import { finishLink, parseRefKey, useCompare } from "./compareStore";
import { requestMeasure } from "./measure";

/** A press on a statement's dot without dragging: start a link there, or end the one already started. */
export function pressDot(ref: StatementRef): void {
  const start = useCompare.getState().linkStart;
  if (start && start.map !== ref.map) finishLink(start, ref);
  else useCompare.setState({ linkStart: ref, drag: null });
}

/** The statement under a point of the page, read from the box the pointer is over. */
function statementAt(x: number, y: number): StatementRef | null {
  const element = document.elementFromPoint(x, y)?.closest("[data-compare-ref]");
  return parseRefKey(element?.getAttribute("data-compare-ref"));
}

/**
 * Drag from a statement's dot to a statement of another column. The columns are separate canvases, so this
 * follows the pointer itself instead of React Flow's connection line, which stays inside one canvas.
 */
export function startLinkDrag(ref: StatementRef, event: { clientX: number; clientY: number }): void {
  const startX = event.clientX;
  const startY = event.clientY;
  let moved = false;
  const move = (e: PointerEvent) => {
    if (!moved && Math.hypot(e.clientX - startX, e.clientY - startY) < 5) return;
    moved = true;
    useCompare.setState({ drag: { from: ref, x: e.clientX, y: e.clientY } });
    requestMeasure();
  };
  const up = (e: PointerEvent) => {
    window.removeEventListener("pointermove", move);
    window.removeEventListener("pointerup", up);
    if (!moved) return pressDot(ref);
    const target = statementAt(e.clientX, e.clientY);
    if (target) finishLink(ref, target);
    else useCompare.setState({ drag: null });
    requestMeasure();
  };
  window.addEventListener("pointermove", move);
  window.addEventListener("pointerup", up);
}
