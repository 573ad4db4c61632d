import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { IPC, type WorkspaceReply } from "../contract";
import { type BrowserWindow, FakeFrame, fake, fakeEvent, type MenuTemplateItem } from "./testing/fakeElectron";

/**
 * The main process's wiring, run against a stand-in for Electron (no binary can be downloaded here): the
 * order of the start-up calls, the window's security options, the protocol, IPC sender checks, menus and the
 * unsaved-changes question. What Electron itself does with these is for the Playwright test in e2e/.
 */
vi.mock("electron", () => import("./testing/fakeElectron"));

const repoRoot = path.resolve(import.meta.dirname, "../..");
let workspace: string;
let otherFolder: string;
let userData: string;
const savedArgv = process.argv;

beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), "argumap-main-"));
  otherFolder = mkdtempSync(path.join(tmpdir(), "argumap-main-other-"));
  userData = mkdtempSync(path.join(tmpdir(), "argumap-main-user-"));
  for (const name of readdirSync(path.join(repoRoot, "maps")).filter((n) => n.endsWith(".txt"))) {
    cpSync(path.join(repoRoot, "maps", name), path.join(workspace, name));
  }
  cpSync(path.join(repoRoot, "maps", "trump-erft-oorlog-oekraine.txt"), path.join(otherFolder, "only.txt"));
  fake.appPath = repoRoot;
  // A packaged app's command line: the binary, then the folder (and a flag Chromium would also see).
  process.argv = ["/opt/Argumap/argumap", `--user-data-dir=${userData}`, workspace];
  await import("./main");
  process.argv = savedArgv;
});

afterAll(async () => {
  process.argv = savedArgv;
  // Stops the workspace watcher.
  (await import("./testing/fakeElectron")).app.emit("will-quit");
  for (const folder of [workspace, otherFolder, userData]) rmSync(folder, { recursive: true, force: true });
});

function window(): BrowserWindow {
  const open = fake.windows.filter((w) => !w.destroyed);
  expect(open).toHaveLength(1);
  return open[0] as BrowserWindow;
}

const fromPage = () => ({ senderFrame: window().webContents.mainFrame });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function menuItems(items: MenuTemplateItem[] = fake.menu): MenuTemplateItem[] {
  return items.flatMap((item) => [item, ...menuItems(item.submenu ?? [])]);
}

function menuItem(label: string): MenuTemplateItem {
  const item = menuItems().find((i) => i.label === label);
  if (!item?.click) throw new Error(`no menu item "${label}"`);
  return item;
}

async function callWorkspace(event: unknown, method: string, args: unknown[] = []): Promise<WorkspaceReply> {
  const handler = fake.ipcHandlers.get(IPC.workspace);
  if (!handler) throw new Error("no workspace handler");
  return (await handler(event, { method, args })) as WorkspaceReply;
}

describe("before the app is ready", () => {
  it("registers app:// as a standard, secure scheme, enables the sandbox and takes the single-instance lock", () => {
    expect(fake.calls).toEqual(["registerSchemesAsPrivileged", "enableSandbox", "requestSingleInstanceLock"]);
    expect(fake.schemes).toEqual([{ scheme: "app", privileges: expect.objectContaining({ standard: true, secure: true }) }]);
    expect(fake.userData).toBe(userData);
    expect(fake.windows).toHaveLength(0);
  });
});

describe("when the app is ready", () => {
  beforeAll(async () => {
    fake.becomeReady();
    await settle();
  });

  it("opens one window with every security option written out, on app://argumap/index.html", () => {
    const win = window();
    expect(win.options.webPreferences).toEqual({
      preload: path.join(repoRoot, "src", "preload", "preload.cjs"),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(win.loaded).toEqual(["app://argumap/index.html"]);
  });

  it("serves the renderer's files with the Content-Security-Policy, and nothing outside them", async () => {
    const serve = fake.protocolHandlers.get("app");
    if (!serve) throw new Error("app:// is not handled");
    const page = await serve(new Request("app://argumap/index.html"));
    expect(page.status).toBe(200);
    expect(page.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    expect(await page.text()).toBe(readFileSync(path.join(repoRoot, "src", "renderer", "index.html"), "utf8"));
    for (const url of ["app://argumap/../../package.json", "app://argumap/%2e%2e/%2e%2e/package.json", "app://other/index.html"]) {
      const refused = await serve(new Request(url));
      expect(refused.status, url).toBe(404);
      expect(refused.headers.get("Content-Security-Policy"), url).toContain("default-src 'self'");
    }
  });

  it("answers workspace calls from the window's page on the folder named on the command line", async () => {
    const reply = await callWorkspace(fromPage(), "listDocuments");
    expect(reply.ok).toBe(true);
    expect(reply.ok && (reply.value as unknown[]).length).toBe(5);
  });

  it("refuses workspace calls from another frame, a page elsewhere, or a frame that is gone", async () => {
    const win = window();
    expect(await callWorkspace({ senderFrame: new FakeFrame("app://argumap/index.html") }, "listDocuments")).toMatchObject({ status: 403 });
    expect(await callWorkspace({ senderFrame: null }, "listDocuments")).toMatchObject({ status: 403 });
    win.webContents.mainFrame.url = "https://example.org/";
    expect(await callWorkspace(fromPage(), "listDocuments")).toMatchObject({ status: 403 });
    win.webContents.mainFrame.url = "app://argumap/index.html";
  });

  it("keeps the page from navigating away, opening windows or attaching webviews; web links go to the browser", () => {
    const contents = window().webContents;
    const away = fakeEvent({ url: "https://example.org/" });
    contents.emit("will-navigate", away);
    expect(away.defaultPrevented).toBe(true);
    const own = fakeEvent({ url: "app://argumap/index.html" });
    contents.emit("will-navigate", own);
    expect(own.defaultPrevented).toBe(false);
    const webview = fakeEvent();
    contents.emit("will-attach-webview", webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: "https://nos.nl/artikel" })).toEqual({ action: "deny" });
    expect(contents.windowOpenHandler?.({ url: "file:///etc/passwd" })).toEqual({ action: "deny" });
    expect(fake.openedExternally).toEqual(["https://nos.nl/artikel"]);
  });

  it("denies permissions except clipboard writing and full screen for our own page, and blocks remote requests", () => {
    const contents = window().webContents;
    const granted: Record<string, boolean> = {};
    for (const permission of ["media", "geolocation", "notifications", "clipboard-read", "clipboard-sanitized-write", "fullscreen"]) {
      fake.permissionRequest?.(contents, permission, (ok) => {
        granted[permission] = ok;
      });
    }
    expect(granted).toEqual({
      media: false,
      geolocation: false,
      notifications: false,
      "clipboard-read": false,
      "clipboard-sanitized-write": true,
      fullscreen: true,
    });
    expect(fake.permissionCheck?.(contents, "clipboard-sanitized-write", "https://example.org")).toBe(false);
    expect(fake.blockedUrls).toEqual(expect.arrayContaining(["http://*/*", "https://*/*", "file://*/*"]));
  });

  it("has a menu whose items send the renderer's command ids", () => {
    const contents = window().webContents;
    contents.sent.length = 0;
    const labels = ["Save", "Export…", "Undo", "Redo", "Delete", "Find", "Map", "Outline", "Compare"];
    labels.push("Issues matrix", "Presentation mode", "Zoom to fit", "Toggle theme", "Map only", "Keyboard shortcuts");
    for (const label of labels) menuItem(label).click?.();
    expect(contents.sent.map(([channel, id]) => `${channel} ${String(id)}`)).toEqual(
      [
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
      ].map((id) => `${IPC.menu} ${id}`),
    );
    expect(menuItem("Save").accelerator).toBe("CmdOrCtrl+S");
    expect(menuItem("Find").accelerator).toBe("CmdOrCtrl+F");
  });

  it("leaves cut, copy and paste to Chromium's roles, so text fields keep native copy and the map gets clipboard events", () => {
    const roleOf = (label: string) => menuItems().find((i) => i.label === label)?.role;
    expect(["Cut", "Copy", "Paste"].map(roleOf)).toEqual(["cut", "copy", "paste"]);
  });

  it("saves an export where the user chooses, as bytes decoded from base64", async () => {
    const target = path.join(userData, "map.png");
    fake.nextSavePath = target;
    const save = fake.ipcHandlers.get(IPC.saveFile);
    const written = await save?.(fromPage(), { suggestedName: "map.png", mime: "image/png", data: "iVBORw==", encoding: "base64" });
    expect(written).toBe(target);
    expect([...readFileSync(target)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await expect(
      Promise.resolve(save?.({ senderFrame: null }, { suggestedName: "x", mime: "x", data: "", encoding: "utf8" })),
    ).rejects.toThrow(/refused/);
  });

  it("Open folder… switches the workspace, reloads the page and remembers the folder", async () => {
    const win = window();
    fake.nextFolder = otherFolder;
    menuItem("Open folder…").click?.();
    await settle();
    expect(win.loaded.at(-1)).toBe("app://argumap/index.html");
    expect(win.loaded).toHaveLength(2);
    const reply = await callWorkspace(fromPage(), "listDocuments");
    expect(reply.ok && (reply.value as { path: string }[]).map((d) => d.path)).toEqual(["only.txt"]);
    expect(JSON.parse(readFileSync(path.join(userData, "last-workspace.json"), "utf8"))).toEqual({ folder: otherFolder });
  });

  it("closing with unsaved changes asks; Cancel keeps the window", async () => {
    const win = window();
    fake.ipcListeners.get(IPC.setDirty)?.(fromPage(), true);
    fake.nextMessageBoxResponse = 2;
    win.close();
    await settle();
    expect(fake.messageBoxes.at(-1)).toEqual({
      message: "Save the changes to your map before closing?",
      buttons: ["Save", "Don't save", "Cancel"],
    });
    expect(win.destroyed).toBe(false);
  });

  it("ignores a dirty report from a frame that is not the window's page", async () => {
    const win = window();
    fake.ipcListeners.get(IPC.setDirty)?.({ senderFrame: new FakeFrame("app://argumap/index.html") }, false);
    fake.nextMessageBoxResponse = 2;
    const asked = fake.messageBoxes.length;
    win.close();
    await settle();
    expect(fake.messageBoxes).toHaveLength(asked + 1);
    expect(win.destroyed).toBe(false);
  });

  it("Save asks the page to save and closes the window when the page reports clean, remembering its place", async () => {
    const win = window();
    win.webContents.sent.length = 0;
    fake.nextMessageBoxResponse = 0;
    win.close();
    await settle();
    expect(win.webContents.sent).toEqual([[IPC.menu, "save"]]);
    expect(win.destroyed).toBe(false);
    fake.ipcListeners.get(IPC.setDirty)?.(fromPage(), false);
    expect(win.destroyed).toBe(true);
    expect(existsSync(path.join(userData, "window-state.json"))).toBe(true);
  });

  it("reopens the window (macOS: the dock icon) where the last one was, on the same folder", async () => {
    const closed = fake.windows[0] as BrowserWindow;
    (await import("./testing/fakeElectron")).app.emit("activate");
    const win = window();
    expect(win).not.toBe(closed);
    expect(win.getNormalBounds()).toEqual(closed.getNormalBounds());
    const reply = await callWorkspace(fromPage(), "listDocuments");
    expect(reply.ok && (reply.value as unknown[]).length).toBe(1);
  });

  it("a quit that the unsaved-changes question interrupted goes on once the page has saved", async () => {
    const { app } = await import("./testing/fakeElectron");
    const win = window();
    fake.ipcListeners.get(IPC.setDirty)?.(fromPage(), true);
    fake.nextMessageBoxResponse = 0;
    app.emit("before-quit");
    win.close();
    await settle();
    expect(fake.calls.at(-1)).not.toBe("quit");
    fake.ipcListeners.get(IPC.setDirty)?.(fromPage(), false);
    expect(win.destroyed).toBe(true);
    expect(fake.calls.at(-1)).toBe("quit");
  });
});
