import { describe, expect, it } from "vitest";
import { SAVE_THEN_PROCEED_MS, UnsavedGuard } from "./unsavedGuard";

function guardAt(start = 1_000) {
  const clock = { now: start };
  return { guard: new UnsavedGuard<"close" | "open-folder">(() => clock.now), clock };
}

describe("UnsavedGuard", () => {
  it("lets the window close at once when nothing is unsaved", () => {
    const { guard } = guardAt();
    expect(guard.request("close")).toEqual({ kind: "proceed", action: "close" });
  });

  it("asks before closing with unsaved changes, and asks only once while the question is open", () => {
    const { guard } = guardAt();
    guard.setDirty(true);
    expect(guard.request("close")).toEqual({ kind: "ask", action: "close" });
    expect(guard.request("close")).toEqual({ kind: "nothing" });
  });

  it("Cancel keeps the window and the changes, and the next close asks again", () => {
    const { guard } = guardAt();
    guard.setDirty(true);
    guard.request("close");
    expect(guard.answer("close", "cancel")).toEqual({ kind: "nothing" });
    expect(guard.hasUnsavedChanges).toBe(true);
    expect(guard.request("close")).toEqual({ kind: "ask", action: "close" });
  });

  it("Don't save proceeds, and the close that follows is not asked about again", () => {
    const { guard } = guardAt();
    guard.setDirty(true);
    guard.request("close");
    expect(guard.answer("close", "discard")).toEqual({ kind: "proceed", action: "close" });
    expect(guard.request("close")).toEqual({ kind: "proceed", action: "close" });
  });

  it("Save asks the renderer to save and closes when it reports clean", () => {
    const { guard, clock } = guardAt();
    guard.setDirty(true);
    guard.request("close");
    expect(guard.answer("close", "save")).toEqual({ kind: "save-first" });
    clock.now += 200;
    expect(guard.setDirty(false)).toBe("close");
    expect(guard.request("close")).toEqual({ kind: "proceed", action: "close" });
  });

  it("a save that is still dirty does not proceed; a later clean report does", () => {
    const { guard } = guardAt();
    guard.setDirty(true);
    guard.request("open-folder");
    guard.answer("open-folder", "save");
    expect(guard.setDirty(true)).toBeUndefined();
    expect(guard.setDirty(false)).toBe("open-folder");
  });

  it("a save that comes clean only after the time limit does not close the window", () => {
    const { guard, clock } = guardAt();
    guard.setDirty(true);
    guard.request("close");
    guard.answer("close", "save");
    clock.now += SAVE_THEN_PROCEED_MS + 1;
    expect(guard.setDirty(false)).toBeUndefined();
    guard.setDirty(true);
    expect(guard.setDirty(false)).toBeUndefined();
  });

  it("reset forgets unsaved state and a pending save-then-close", () => {
    const { guard } = guardAt();
    guard.setDirty(true);
    guard.request("close");
    guard.answer("close", "save");
    guard.reset();
    expect(guard.setDirty(false)).toBeUndefined();
    expect(guard.request("close")).toEqual({ kind: "proceed", action: "close" });
  });
});
