import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { _electron, type ElectronApplication, expect, type Page, test } from "@playwright/test";
import { selectInReader } from "./selectText";

/**
 * The desktop shell, driven as a user drives it: the same flow as the web test, through the preload bridge,
 * IPC and the app:// protocol instead of HTTP. Runs wherever npm could download Electron's binary.
 */
const repoRoot = join(import.meta.dirname, "..");
const electronBinary = findElectron();
const electronAvailable = electronBinary !== undefined;

test.skip(!electronAvailable, "Electron binary not installed (no internet to download it); the web shell tests cover the app");

const TEXT = "osinga-europa-niet-aan-tafel-2025-02";
const CLAIM = "Maar het lijkt overduidelijk dat Europa niet meer op de onvoorwaardelijke steun van de VS hoeft te rekenen.";
const PREMISE = "Ondertussen is Poetin uit zijn internationale isolement getrokken door Trump.";

let workspace: string;
let userData: string;
let app: ElectronApplication | undefined;

test.beforeAll(() => {
  if (!electronAvailable) return;
  // npm test builds the renderer first; a run of this file alone builds what is missing, as `npm start` would.
  if (!existsSync(join(repoRoot, "dist", "renderer", "index.html"))) {
    run("npx", ["vite", "build", "--logLevel", "warn"]);
  }
  run(process.execPath, [join(repoRoot, "scripts", "build-node.mjs"), "main", "preload"]);
});

test.beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), "argumap-electron-"));
  userData = mkdtempSync(join(tmpdir(), "argumap-electron-user-"));
  for (const name of readdirSync(join(repoRoot, "maps"))) {
    if (name.endsWith(".txt")) cpSync(join(repoRoot, "maps", name), join(workspace, name));
  }
});

test.afterEach(async () => {
  // A failed step must not leave the app running (or its question about unsaved changes open).
  await app?.close().catch(() => undefined);
  app = undefined;
  rmSync(workspace, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
});

test("a user maps a central claim and a premise in the desktop app, saves, and finds both after a restart", async () => {
  app = await launch();
  let page = await app.firstWindow();
  await openText(page);

  await selectInReader(page, CLAIM);
  await page.getByRole("toolbar", { name: "Make the selected words a statement" }).getByRole("button", { name: "Central claim" }).click();
  const canvas = () => page.getByRole("region", { name: "Map" }).last();
  await expect(canvas().getByRole("article", { name: CLAIM })).toBeVisible();

  await selectInReader(page, PREMISE);
  await page.getByRole("button", { name: "Premise", exact: true }).click();
  await expect(canvas().getByRole("article", { name: PREMISE })).toBeVisible();

  // Ctrl+S, or Cmd+S on macOS: the shortcut the File menu shows as CmdOrCtrl+S.
  await page.keyboard.press("ControlOrMeta+s");
  await expect.poll(() => existsSync(join(workspace, `${TEXT}.argmap.json`))).toBe(true);
  await expect(page.getByRole("navigation", { name: "Documents" })).not.toContainText("unsaved");
  await app.close();

  app = await launch();
  page = await app.firstWindow();
  await openText(page);
  await expect(canvas().getByRole("article", { name: CLAIM })).toBeVisible();
  await expect(canvas().getByRole("article", { name: PREMISE })).toBeVisible();
  await page.screenshot({ path: join(repoRoot, "e2e", "artifacts", "electron-after-restart.png") });
});

function launch(): Promise<ElectronApplication> {
  return _electron.launch({
    executablePath: electronBinary,
    // The app folder, then the workspace folder; a user data folder of its own, so the test neither reads
    // nor changes the remembered window place and last folder of the person running it.
    // --lang: the test reads English labels, in menus and page alike, whatever the machine's language.
    // --no-sandbox only as root (CI containers), where Chromium refuses to start with its OS sandbox on.
    args: [repoRoot, `--user-data-dir=${userData}`, "--lang=en-US", ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []), workspace],
  });
}

async function openText(page: Page): Promise<void> {
  await page
    .getByRole("navigation", { name: "Documents" })
    .getByRole("button", { name: new RegExp(TEXT) })
    .click();
  await expect(page.getByRole("region", { name: "Source text" })).toContainText("Vance ondermijnt NAVO");
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit", shell: process.platform === "win32" });
  expect(result.status, `${command} ${args.join(" ")}`).toBe(0);
}

/** The binary the `electron` package downloaded at install, or undefined where that download failed. */
function findElectron(): string | undefined {
  try {
    const binary: unknown = createRequire(import.meta.url)("electron");
    return typeof binary === "string" && existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
