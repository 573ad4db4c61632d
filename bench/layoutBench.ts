import type { Browser } from "@playwright/test";
import type { Figure } from "./figures";
import { ratioOf } from "./figures";
import type { GeneratedDocument } from "./generate";

type LayoutAnswer = { ms: number; placed: number } | "timeout";

/**
 * The app's automatic layout timed in Chromium, in the app's own Web Worker (src/renderer/layout/layout.worker.ts,
 * which runs core's layoutMap), on the map with its positions removed — what the app does when it opens a map
 * that has none, or on "Lay out again". Baseline: the same round trip through a worker that puts the boxes on a grid.
 */
export async function measureLayout(
  browser: Browser,
  bareUrl: string,
  document: GeneratedDocument,
  timeoutMs: number,
  report: (figure: Figure) => void,
): Promise<void> {
  const size = document.map.statements.length;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${bareUrl}?map=${encodeURIComponent(document.mapFile)}`);
    const run = (mode: "app" | "grid") =>
      page.evaluate(
        ([m, url, ms]) =>
          (globalThis as unknown as { argumapLayout: (mode: string, url: string, ms: number) => Promise<LayoutAnswer> }).argumapLayout(
            m,
            url,
            ms,
          ),
        [mode, document.mapFile, timeoutMs] as [string, string, number],
      );
    const boxes = document.map.statements.length + document.map.inferences.length;
    // A layout that leaves boxes out has not done the work being timed.
    const timed = (answer: LayoutAnswer): Figure["value"] =>
      answer === "timeout" ? answer : answer.placed === boxes ? answer.ms : "error";
    const grid = timed(await run("grid"));
    const app = timed(await run("app"));
    report({
      name: "layout_ms",
      size,
      value: app,
      unit: "ms",
      ...(app === "timeout" ? { note: `stopped after ${timeoutMs / 1000} s` } : {}),
    });
    report({ name: "layout_grid_ms", size, value: grid, unit: "ms" });
    report({ name: "layout_ratio", size, value: ratioOf(app, grid), unit: "ratio" });
  } finally {
    await context.close();
  }
}
