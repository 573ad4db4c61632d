import { type History, redo, undo } from "./history";

/**
 * Every step undone, then every step redone, with each state passed through `visit` on the way back: what the
 * property tests of undo check (undone = the initial state, redone = the final one).
 */
export function undoAllThenRedoAll<T>(h: History<T>, visit: (state: T) => void = () => {}): { undone: T; redone: T } {
  let back = h;
  while (back.past.length > 0) {
    back = undo(back);
    visit(back.present);
  }
  let forward = back;
  while (forward.future.length > 0) forward = redo(forward);
  return { undone: back.present, redone: forward.present };
}
