import { readFileSync, writeFileSync } from "node:fs";
import { BrowserWindow, screen } from "electron";
import { secureWebPreferences } from "./security";
import { centredIn, fitToWorkArea, MINIMUM_SIZE, parseWindowState, type Rect, serializeWindowState } from "./windowState";

export interface MainWindowOptions {
  preload: string;
  icon: string;
  /** userData/window-state.json */
  statePath: string;
}

/** The one window: placed where it was last time (if that place is still on a screen), shown when painted. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = parseWindowState(readText(options.statePath));
  const bounds = saved ? fitToWorkArea(saved.bounds, screen.getDisplayMatching(saved.bounds).workArea) : centredIn(primaryWorkArea());
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    show: false,
    title: "Argumap",
    icon: options.icon,
    webPreferences: secureWebPreferences(options.preload),
  });
  if (saved?.maximized) window.maximize();
  window.once("ready-to-show", () => window.show());
  rememberPlace(window, options.statePath);
  return window;
}

/** Save the window's place shortly after it stops moving, and once more as it closes. */
function rememberPlace(window: BrowserWindow, statePath: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    try {
      // Normal bounds: a maximized window comes back maximized, and un-maximizes to where it was.
      writeFileSync(statePath, serializeWindowState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
    } catch (error) {
      console.error(`Argumap: could not remember the window's place: ${String(error)}`);
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on("move", later);
  window.on("resize", later);
  window.on("maximize", later);
  window.on("unmaximize", later);
  window.on("close", save);
}

function primaryWorkArea(): Rect {
  return screen.getPrimaryDisplay().workArea;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
