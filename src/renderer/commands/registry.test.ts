import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { nl } from "../i18n/nl";
import { comboOf, commandGroups, commands } from "./registry";

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
