import { cpSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { app, type BrowserWindow, session } from "electron";
import { IPC } from "../contract/shell";
import type { WorkspaceEvent } from "../contract/workspace";
import { createWorkspaceHandlers, type WorkspaceHandler, watchWorkspace } from "../workspace";
import { APP_INDEX_URL } from "./appUrl";
import { askToSave, chooseFolder } from "./dialogs";
import { registerIpc } from "./ipc";
import { installMenu, type MenuCommand } from "./menu";
import { labelsFor, type MainLabels } from "./menuLabels";
import { registerAppScheme, serveRenderer } from "./protocol";
import { hardenContents, hardenSession } from "./security";
import { folderArgument, parseLastWorkspace, serializeLastWorkspace, userDataArgument } from "./startup";
import { type GuardStep, UnsavedGuard } from "./unsavedGuard";
import { createMainWindow } from "./window";

/**
 * The Electron main process: one window on one workspace folder. The app itself lives in the renderer and
 * the workspace service; this process wires them together and applies the security checklist.
 */

// dist/main/main.js → the built preload and renderer beside it (in the asar archive when packaged).
const PRELOAD = fileURLToPath(new URL("../preload/preload.cjs", import.meta.url));
const RENDERER = fileURLToPath(new URL("../renderer/", import.meta.url));
const ICON = path.join(app.getAppPath(), "assets", "icon.png");

type GuardedAction = { kind: "close" } | { kind: "open"; folder: string };

const guard = new UnsavedGuard<GuardedAction>();
// Replaced at "ready", when the system's language is known.
let labels: MainLabels = labelsFor("en");
let mainWindow: BrowserWindow | undefined;
// macOS keeps an app running without windows; a quit that a question interrupted resumes when the window closes.
let quitting = false;
let workspace: { root: string; handle: WorkspaceHandler; stopWatching: () => void } | undefined;
const noWorkspace: WorkspaceHandler = async () => ({ ok: false, status: 503, message: "no workspace folder is open" });

// All three must happen before "ready".
const userData = userDataArgument(process.argv);
if (userData) app.setPath("userData", path.resolve(userData));
registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on("second-instance", (_event, argv, workingDirectory) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    const folder = existingFolder(folderArgument(argv, process.defaultApp === true), workingDirectory);
    if (folder && folder !== workspace?.root) void runGuarded({ kind: "open", folder });
  });
  app.on("web-contents-created", (_event, contents) => hardenContents(contents));
  app.on("window-all-closed", () => {
    if (process.platform !== "darwin") app.quit();
  });
  app.on("before-quit", () => {
    quitting = true;
  });
  app.on("will-quit", () => workspace?.stopWatching());
  app.whenReady().then(start, (error: unknown) => {
    console.error(`Argumap: could not start: ${String(error)}`);
    app.exit(1);
  });
}

function start(): void {
  labels = labelsFor(app.getLocale());
  hardenSession(session.defaultSession);
  serveRenderer(RENDERER);
  openWorkspace(initialFolder());
  registerIpc({
    window: () => mainWindow,
    workspace: () => workspace?.handle ?? noWorkspace,
    setDirty: (dirty) => {
      const action = guard.setDirty(dirty);
      if (action) carryOut(action);
    },
    labels,
  });
  installMenu(
    labels,
    { send: sendMenuCommand, openFolder: () => void openFolderFromMenu(), closeWindow: () => mainWindow?.close() },
    { isMac: process.platform === "darwin", developer: !app.isPackaged },
  );
  showWindow();
  app.on("activate", () => {
    if (!mainWindow) showWindow();
  });
}

function showWindow(): void {
  const window = createMainWindow({ preload: PRELOAD, icon: ICON, statePath: userFile("window-state.json") });
  mainWindow = window;
  window.on("close", (event) => {
    const step = guard.request({ kind: "close" });
    if (step.kind === "proceed") return;
    event.preventDefault();
    if (step.kind === "ask") void askAndFollow({ kind: "close" });
  });
  window.on("closed", () => {
    if (mainWindow === window) mainWindow = undefined;
    guard.reset();
    if (quitting) app.quit();
  });
  void window.loadURL(APP_INDEX_URL);
}

async function openFolderFromMenu(): Promise<void> {
  if (!mainWindow) return;
  const folder = await chooseFolder(mainWindow, labels, workspace?.root ?? app.getPath("documents"));
  if (folder) await runGuarded({ kind: "open", folder });
}

/** Closing and opening another folder both ask first when there are unsaved changes. */
async function runGuarded(action: GuardedAction): Promise<void> {
  const step = guard.request(action);
  if (step.kind === "ask") await askAndFollow(action);
  else follow(step);
}

/** The guard said to ask: ask the user, then follow their answer. */
async function askAndFollow(action: GuardedAction): Promise<void> {
  if (!mainWindow) return guard.reset();
  const question = action.kind === "close" ? labels.unsavedBeforeClose : labels.unsavedBeforeOpen;
  const choice = await askToSave(mainWindow, labels, question);
  if (choice === "cancel") quitting = false;
  follow(guard.answer(action, choice));
}

function follow(step: GuardStep<GuardedAction>): void {
  if (step.kind === "save-first") sendMenuCommand("save");
  else if (step.kind === "proceed") carryOut(step.action);
}

function carryOut(action: GuardedAction): void {
  if (action.kind === "close") {
    mainWindow?.close();
    return;
  }
  openWorkspace(action.folder);
  rememberWorkspace(action.folder);
  guard.reset();
  // A fresh page on the new folder: the renderer reads info() and the document list again.
  void mainWindow?.loadURL(APP_INDEX_URL);
}

function sendMenuCommand(command: MenuCommand): void {
  sendToPage(IPC.menu, command);
}

function sendToPage(channel: string, payload: MenuCommand | WorkspaceEvent): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
}

function openWorkspace(root: string): void {
  workspace?.stopWatching();
  workspace = {
    root,
    handle: createWorkspaceHandlers(root),
    stopWatching: watchWorkspace(root, (event) => sendToPage(IPC.event, event)),
  };
}

/** The folder on the command line, else the one opened last, else the bundled op-eds. */
function initialFolder(): string {
  const named = folderArgument(process.argv, process.defaultApp === true);
  const fromArgument = existingFolder(named, process.cwd());
  if (named && !fromArgument) console.error(`Argumap: "${named}" is not a folder; opening the last one instead.`);
  if (fromArgument) {
    rememberWorkspace(fromArgument);
    return fromArgument;
  }
  return existingFolder(parseLastWorkspace(readText(userFile("last-workspace.json"))), process.cwd()) ?? bundledMaps();
}

/**
 * The bundled workspace. In a packaged app the resources folder is read-only (an AppImage, a signed macOS
 * bundle, Program Files), so the maps are copied once into userData where the user can edit and save them.
 */
function bundledMaps(): string {
  if (!app.isPackaged) return path.join(app.getAppPath(), "maps");
  const copy = userFile("maps");
  if (!existsSync(copy)) cpSync(path.join(process.resourcesPath, "maps"), copy, { recursive: true });
  return copy;
}

function rememberWorkspace(folder: string): void {
  try {
    writeFileSync(userFile("last-workspace.json"), serializeLastWorkspace(folder));
  } catch (error) {
    console.error(`Argumap: could not remember the folder: ${String(error)}`);
  }
}

function existingFolder(folder: string | undefined, base: string): string | undefined {
  if (!folder) return undefined;
  const absolute = path.resolve(base, folder);
  try {
    return statSync(absolute).isDirectory() ? absolute : undefined;
  } catch {
    return undefined;
  }
}

function userFile(name: string): string {
  return path.join(app.getPath("userData"), name);
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
