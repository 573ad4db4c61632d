import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test as base } from "@playwright/test";
import { startServer } from "../src/server";

export const repoRoot = join(import.meta.dirname, "..");
export const mapsDir = join(repoRoot, "maps");

export interface Workspace {
  /** The temporary workspace folder the server serves. */
  root: string;
  /** The app's address, with its access token. */
  url: string;
}

/** A copy of the bundled texts (and, with `withMaps`, their maps) in a temp folder, served in web mode. */
export async function openWorkspace(withMaps: boolean): Promise<Workspace & { close: () => Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), "argumap-e2e-"));
  for (const name of readdirSync(mapsDir)) {
    if (name.endsWith(".txt") || (withMaps && name.endsWith(".json"))) cpSync(join(mapsDir, name), join(root, name));
  }
  const server = await startServer({ root, port: 0, rendererDir: process.env.ARGUMAP_RENDERER_DIR ?? join(repoRoot, "dist", "renderer") });
  return {
    root,
    url: `${server.url}#token=${server.token}`,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export const test = base.extend<{ emptyWorkspace: Workspace; bundledWorkspace: Workspace }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  emptyWorkspace: async ({}, use) => {
    const ws = await openWorkspace(false);
    await use(ws);
    await ws.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  bundledWorkspace: async ({}, use) => {
    const ws = await openWorkspace(true);
    await use(ws);
    await ws.close();
  },
});

export { expect } from "@playwright/test";
