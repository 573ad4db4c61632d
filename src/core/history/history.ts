/**
 * Undo and redo over immutable snapshots. Every edit returns a new map that shares all unchanged records
 * with the old one, so a snapshot costs one array of pointers per changed collection; undo restores the
 * exact previous value, which makes "undo everything returns the initial map" hold by construction.
 * A mark (the `gesture` key) folds consecutive changes of one gesture — typing in a node, a drag — into one step.
 */
export interface Step<T> {
  label: string;
  state: T;
  gesture?: string;
}

export interface History<T> {
  past: Step<T>[];
  present: T;
  /** The label of the change that produced present, for the Undo menu. */
  presentLabel: string;
  presentGesture?: string;
  future: Step<T>[];
  /** The state last saved or loaded, to tell whether there are unsaved changes. */
  saved: T;
}

export const HISTORY_LIMIT = 500;

export function startHistory<T>(state: T): History<T> {
  return { past: [], present: state, presentLabel: "", future: [], saved: state };
}

export function record<T>(h: History<T>, label: string, next: T, gesture?: string): History<T> {
  if (next === h.present) return h;
  if (gesture !== undefined && gesture === h.presentGesture && h.past.length > 0) {
    return { ...h, present: next, future: [] };
  }
  const past = [...h.past, { label: h.presentLabel, state: h.present, gesture: h.presentGesture }].slice(-HISTORY_LIMIT);
  return { ...h, past, present: next, presentLabel: label, presentGesture: gesture, future: [] };
}

/** End the current gesture, so that the next change starts a new undo step even with the same key. */
export function closeGesture<T>(h: History<T>): History<T> {
  return h.presentGesture === undefined ? h : { ...h, presentGesture: undefined };
}

/**
 * Take back the changes of the gesture under way (Escape while typing a wording): the state before it, as if it
 * had not begun, with nothing to redo. Another gesture, or none, is left as it is.
 */
export function cancelGesture<T>(h: History<T>, gesture: string): History<T> {
  const before = h.past[h.past.length - 1];
  if (h.presentGesture !== gesture || !before) return h;
  return { ...h, past: h.past.slice(0, -1), present: before.state, presentLabel: before.label, presentGesture: undefined };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1];
  if (!previous) return h;
  return {
    ...h,
    past: h.past.slice(0, -1),
    present: previous.state,
    presentLabel: previous.label,
    presentGesture: undefined,
    future: [{ label: h.presentLabel, state: h.present }, ...h.future],
  };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (!next) return h;
  return {
    ...h,
    past: [...h.past, { label: h.presentLabel, state: h.present }],
    present: next.state,
    presentLabel: next.label,
    presentGesture: undefined,
    future: h.future.slice(1),
  };
}

export function canUndo<T>(h: History<T>): boolean {
  return h.past.length > 0;
}

export function canRedo<T>(h: History<T>): boolean {
  return h.future.length > 0;
}

/** The label of the step Undo would take back. */
export function undoLabel<T>(h: History<T>): string | undefined {
  return h.past.length > 0 ? h.presentLabel : undefined;
}

export function redoLabel<T>(h: History<T>): string | undefined {
  return h.future[0]?.label;
}

export function markSaved<T>(h: History<T>, saved: T = h.present): History<T> {
  return { ...h, saved };
}

export function isDirty<T>(h: History<T>): boolean {
  return h.present !== h.saved;
}

/** Replace the present without an undo step (a reload from disk); the history no longer applies. */
export function reset<T>(state: T): History<T> {
  return startHistory(state);
}
