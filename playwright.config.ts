import { existsSync } from "node:fs";
import { chromium, defineConfig } from "@playwright/test";

/**
 * Playwright's own Chromium where it is installed; otherwise the system's (Debian's `chromium`), since
 * `npx playwright install` needs a download that machines without internet cannot make.
 */
function browserLaunchOptions() {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return {};
  const system = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
  return {
    executablePath: system,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    launchOptions: browserLaunchOptions(),
    viewport: { width: 1600, height: 1000 },
    trace: "retain-on-failure",
  },
});
