import { existsSync } from "node:fs";
import { type Browser, chromium } from "@playwright/test";

/**
 * The browser playwright.config.ts chooses: Playwright's own Chromium where it is installed, else the system's,
 * with the same flags. Precise memory info makes performance.memory exact; the heap figure reads CDP anyway.
 */
export async function launchChromium(): Promise<Browser> {
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return chromium.launch({ args: ["--enable-precise-memory-info"] });
  const system = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
  return chromium.launch({
    executablePath: system,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--enable-precise-memory-info",
    ],
  });
}

/** The viewport of the e2e tests (playwright.config.ts). */
export const VIEWPORT = { width: 1600, height: 1000 };
