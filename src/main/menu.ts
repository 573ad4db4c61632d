import { Menu, type MenuItemConstructorOptions } from "electron";
import type { MainLabels } from "./menuLabels";

/** Command ids of the renderer's command registry that the native menu sends on IPC.menu. */
export type MenuCommand =
  | "save"
  | "export"
  | "undo"
  | "redo"
  | "cut"
  | "copy"
  | "paste"
  | "delete"
  | "find"
  | "view-map"
  | "view-outline"
  | "view-compare"
  | "view-matrix"
  | "present"
  | "zoom-fit"
  | "toggle-theme"
  | "shortcuts";

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
        command(labels.export, "export"),
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
        command(labels.cut, "cut", "CmdOrCtrl+X"),
        command(labels.copy, "copy", "CmdOrCtrl+C"),
        command(labels.paste, "paste", "CmdOrCtrl+V"),
        command(labels.delete, "delete", "Delete"),
        separator,
        command(labels.find, "find", "CmdOrCtrl+F"),
      ],
    },
    {
      label: labels.view,
      submenu: [
        command(labels.viewMap, "view-map"),
        command(labels.viewOutline, "view-outline"),
        command(labels.viewCompare, "view-compare"),
        command(labels.viewMatrix, "view-matrix"),
        separator,
        command(labels.present, "present"),
        command(labels.zoomFit, "zoom-fit"),
        command(labels.toggleTheme, "toggle-theme"),
        // Developer tools only when run from the sources (npm start), never in an installed app.
        ...(platform.developer ? [separator, { role: "toggleDevTools" as const }] : []),
      ],
    },
    { label: labels.help, submenu: [command(labels.shortcuts, "shortcuts")] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
