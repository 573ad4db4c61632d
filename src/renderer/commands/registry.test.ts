import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { nl } from "../i18n/nl";
import { comboOf, commandForKey, commandGroups, commands } from "./registry";

describe("the command table", () => {
  it("binds no key combination to two commands", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const command of commands) {
      for (const key of command.keys) {
        const other = owner.get(key);
        if (other) clashes.push(`${key}: ${other} and ${command.id}`);
        owner.set(key, command.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("has one entry per id, each in one group of the help, with a label in English and Dutch", () => {
    const ids = commands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(commandGroups.flatMap((g) => g.commands)).toEqual(commands);
    for (const command of commands) {
      expect(en[command.label]).toBeTruthy();
      expect(nl[command.label]).toBeTruthy();
    }
  });

  it("offers the editing commands the menus send: cut, copy, paste, find and the shortcut list", () => {
    const ids = commands.map((c) => c.id);
    for (const id of ["cut", "copy", "paste", "find", "shortcuts", "focus-neighbourhood"]) expect(ids).toContain(id);
  });

  it("reads keys the way the table writes them", () => {
    const key = (init: Partial<KeyboardEvent>) =>
      ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init }) as KeyboardEvent;
    expect(comboOf(key({ key: "?", code: "Slash", shiftKey: true }), false)).toBe("?");
    expect(comboOf(key({ key: "F", code: "KeyF", ctrlKey: true, shiftKey: true }), false)).toBe("Mod+Shift+F");
    expect(comboOf(key({ key: "f", code: "KeyF", metaKey: true }), true)).toBe("Mod+F");
  });
});

describe("which command a key runs", () => {
  const onTheMap = { modal: false, typing: false, pressable: false };
  const behindADialog = { ...onTheMap, modal: true };

  it("runs none behind a modal dialog, and keeps the key from the browser too", () => {
    for (const combo of ["Delete", "Backspace", "Alt+5", "Mod+Z", "Mod+Shift+Z", "Mod+S", "Enter", "?", "F5", "Mod+L"]) {
      expect(commandForKey(combo, behindADialog), combo).toEqual({ swallow: true });
    }
  });

  it("still switches the theme behind a modal dialog, which changes nothing but the look", () => {
    expect(commandForKey("Mod+Shift+L", behindADialog).command?.id).toBe("toggle-theme");
  });

  it("runs the command of the key on the map", () => {
    expect(commandForKey("Delete", onTheMap).command?.id).toBe("delete");
    expect(commandForKey("Alt+5", onTheMap).command?.id).toBe("implicit");
    expect(commandForKey("Mod+Z", onTheMap).command?.id).toBe("undo");
  });

  it("leaves typing keys to a field, and Enter to a focused button, but saves from anywhere", () => {
    expect(commandForKey("Delete", { ...onTheMap, typing: true })).toEqual({ swallow: false });
    expect(commandForKey("Enter", { ...onTheMap, pressable: true })).toEqual({ swallow: false });
    expect(commandForKey("Mod+S", { ...onTheMap, typing: true }).command?.id).toBe("save");
  });
});
