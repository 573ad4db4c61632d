import { describe, expect, it } from "vitest";
import { keyLabel, keyParts } from "./keys";

describe("key names as shown to the user", () => {
  it("say Ctrl for Mod outside a Mac", () => {
    expect(keyLabel("Mod+Shift+Z", false)).toBe("Ctrl+Shift+Z");
    expect(keyParts("Mod+F", false)).toEqual(["Ctrl", "F"]);
  });

  it("use the Mac's symbols on a Mac", () => {
    expect(keyLabel("Mod+Shift+Z", true)).toBe("⌘⇧Z");
    expect(keyLabel("Alt+1", true)).toBe("⌥1");
  });

  it("keep single keys and the plus key itself", () => {
    expect(keyParts("?", false)).toEqual(["?"]);
    expect(keyParts("Mod++", false)).toEqual(["Ctrl", "+"]);
  });
});
