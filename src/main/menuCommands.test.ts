import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { installMenu, MENU_COMMANDS, type MenuCommand } from "./menu";
import { labelsFor } from "./menuLabels";
import { fake, type MenuTemplateItem } from "./testing/fakeElectron";

vi.mock("electron", () => import("./testing/fakeElectron"));

const RENDERER = path.resolve(import.meta.dirname, "../renderer");

/**
 * The renderer's command table as written in its sources (registry.ts and each feature's commands.ts): id and
 * keys. Read as text, because the table itself needs a DOM and the main process must not import the renderer.
 */
function rendererCommands(): Map<string, string[]> {
  const files = [
    path.join(RENDERER, "commands", "registry.ts"),
    ...readdirSync(RENDERER, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(RENDERER, entry.name, "commands.ts")),
  ];
  const commands = new Map<string, string[]>();
  for (const file of files) {
    let source: string;
    try {
      source = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const match of source.matchAll(/\bid: "([^"]+)",\s*label: [^,]+,\s*keys: \[([^\]]*)\]/g)) {
      const keys = [...(match[2] ?? "").matchAll(/"([^"]+)"/g)].map((k) => k[1] ?? "");
      commands.set(match[1] ?? "", keys);
    }
  }
  return commands;
}

function items(list: MenuTemplateItem[] = fake.menu): MenuTemplateItem[] {
  return list.flatMap((item) => [item, ...items(item.submenu ?? [])]);
}

describe("the native menu and the renderer's commands", () => {
  const sent: { id: MenuCommand; accelerator?: string }[] = [];
  installMenu(
    labelsFor("en"),
    { send: (id) => sent.push({ id }), openFolder: () => {}, closeWindow: () => {} },
    { isMac: false, developer: false },
  );
  for (const item of items()) {
    const before = sent.length;
    item.click?.();
    const last = sent[sent.length - 1];
    if (sent.length > before && last) last.accelerator = item.accelerator;
  }
  const table = rendererCommands();

  it("sends every one of its commands from exactly one item", () => {
    expect(sent.map((s) => s.id).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it("sends only ids the renderer's command table has", () => {
    expect(table.size).toBeGreaterThan(15);
    const unknown = sent.map((s) => s.id).filter((id) => !table.has(id));
    expect(unknown).toEqual([]);
  });

  it("shows the same shortcut as the renderer binds, so the menu's accelerator and the page agree", () => {
    for (const { id, accelerator } of sent) {
      if (!accelerator) continue;
      expect(table.get(id), `${id}: ${accelerator}`).toContain(accelerator.replace("CmdOrCtrl", "Mod"));
    }
  });
});
