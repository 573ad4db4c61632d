import { Menu, type MenuItemConstructorOptions } from "electron";
import type { MainLabels } from "./menuLabels";

/**
 * Command ids of the renderer's command registry that the native menu sends on IPC.menu. menuCommands.test.ts
 * checks each against the renderer's command table, and each accelerator against the command's keys.
 */
export const MENU_COMMANDS = [
  "save",
  "export",
  "undo",
  "redo",
  "delete",
  "find",
  "view-map",
  "view-outline",
  "view-compare",
  "view-matrix",
  "present",
  "zoom-fit",
  "toggle-theme",
  "map-only",
  "shortcuts",
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface MenuActions {
  send(command: MenuCommand): void;
  openFolder(): void;
  closeWindow(): void;
}

/**
 * The application menu. Its items carry out the renderer's commands, so menu, toolbar and shortcuts do the
 * same thing. Accelerators act only on keys the page leaves unhandled: Chromium offers a key to the page
 * first, and the renderer's own bindings stop the ones they carry out.
 */
export function installMenu(labels: MainLabels, actions: MenuActions, platform: { isMac: boolean; developer: boolean }): void {
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send(id),
  });
  const separator: MenuItemConstructorOptions = { type: "separator" };
  const template: MenuItemConstructorOptions[] = [
    // macOS puts About, Hide and Quit in a menu named after the app.
    ...(platform.isMac ? [{ role: "appMenu" as const }] : []),
    {
      label: labels.file,
      submenu: [
        { label: labels.openFolder, accelerator: "CmdOrCtrl+O", click: () => actions.openFolder() },
        command(labels.save, "save", "CmdOrCtrl+S"),
        command(labels.export, "export", "CmdOrCtrl+E"),
        separator,
        { label: labels.close, accelerator: "CmdOrCtrl+W", click: () => actions.closeWindow() },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        command(labels.undo, "undo", "CmdOrCtrl+Z"),
        command(labels.redo, "redo", "CmdOrCtrl+Shift+Z"),
        separator,
        // Roles, not commands: they raise the page's own cut/copy/paste events, which the map handles when
        // statements are selected and text fields handle otherwise — so native copy in a field keeps working.
        { label: labels.cut, role: "cut" },
        { label: labels.copy, role: "copy" },
        { label: labels.paste, role: "paste" },
        command(labels.delete, "delete", "Delete"),
        separator,
        command(labels.find, "find", "CmdOrCtrl+F"),
      ],
    },
    {
      label: labels.view,
      submenu: [
        command(labels.viewMap, "view-map", "CmdOrCtrl+1"),
        command(labels.viewOutline, "view-outline", "CmdOrCtrl+2"),
        command(labels.viewCompare, "view-compare", "CmdOrCtrl+3"),
        command(labels.viewMatrix, "view-matrix", "CmdOrCtrl+4"),
        separator,
        command(labels.present, "present", "F5"),
        command(labels.zoomFit, "zoom-fit", "CmdOrCtrl+0"),
        command(labels.toggleTheme, "toggle-theme", "CmdOrCtrl+Shift+L"),
        command(labels.mapOnly, "map-only", "CmdOrCtrl+Shift+M"),
        // Developer tools only when run from the sources (npm start), never in an installed app.
        ...(platform.developer ? [separator, { role: "toggleDevTools" as const }] : []),
      ],
    },
    { label: labels.help, submenu: [command(labels.shortcuts, "shortcuts")] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
