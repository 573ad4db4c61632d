/**
 * Unsaved changes and the actions that would lose them (closing the window, opening another folder). The
 * renderer reports whether it has unsaved changes; before such an action the shell asks Save / Don't save /
 * Cancel. "Save" asks the renderer to save and carries the action out when the renderer then reports clean.
 * Plain state, no Electron, so each path through the question is tested.
 */
export type UnsavedChoice = "save" | "discard" | "cancel";

export type GuardStep<A> =
  /** Go ahead with the action. */
  | { kind: "proceed"; action: A }
  /** Ask the user (and call answer() with the choice). */
  | { kind: "ask"; action: A }
  /** Send the "save" command to the renderer; the action follows when it reports clean. */
  | { kind: "save-first" }
  /** Do nothing: a question is already open, or the user cancelled. */
  | { kind: "nothing" };

/**
 * How long a "save, then close" waits for the renderer. A save that fails (a conflict the user resolves in a
 * dialog) must not close the window minutes later, when the user has gone back to work.
 */
export const SAVE_THEN_PROCEED_MS = 15_000;

export class UnsavedGuard<A> {
  private dirty = false;
  private asking = false;
  private afterSave: { action: A; until: number } | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** An action that would lose unsaved changes was requested. */
  request(action: A): GuardStep<A> {
    if (!this.dirty) return { kind: "proceed", action };
    if (this.asking) return { kind: "nothing" };
    this.asking = true;
    return { kind: "ask", action };
  }

  answer(action: A, choice: UnsavedChoice): GuardStep<A> {
    this.asking = false;
    if (choice === "cancel") return { kind: "nothing" };
    if (choice === "discard") {
      // The user chose to lose the changes: the state counts as clean until the renderer says otherwise.
      this.dirty = false;
      return { kind: "proceed", action };
    }
    this.afterSave = { action, until: this.now() + SAVE_THEN_PROCEED_MS };
    return { kind: "save-first" };
  }

  /** The renderer's report; returns the action to carry out now that a requested save has finished. */
  setDirty(dirty: boolean): A | undefined {
    this.dirty = dirty;
    if (dirty || this.afterSave === undefined) return undefined;
    const { action, until } = this.afterSave;
    this.afterSave = undefined;
    return this.now() <= until ? action : undefined;
  }

  /** A new page (reload, another folder) starts without unsaved changes or pending actions. */
  reset(): void {
    this.dirty = false;
    this.asking = false;
    this.afterSave = undefined;
  }
}
