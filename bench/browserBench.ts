import type { Browser } from "@playwright/test";
import { startServer } from "../src/server";
import { appRendersOnlyVisible } from "./build";
import type { Figure } from "./figures";
import { median, percentile, ratioOf } from "./figures";
import type { GeneratedDocument } from "./generate";
import { traceGesture } from "./gestures";
import type { BenchOptions } from "./options";
import { callProbe, heapMb, type OpenPage, openMap } from "./pages";
import { type Keystroke, typeOneCharacter } from "./typing";

export interface BrowserSetup {
  browser: Browser;
  probe: string;
  /** The built app renderer. */
  appDir: string;
  /** The static server of the bare page and the generated maps. */
  bareUrl: string;
  options: BenchOptions;
  report: (figure: Figure) => void;
  progress: (message: string) => void;
}

/** More opens for small maps, where one open is short and noisy; a single one for the largest. */
function opensFor(size: number): number {
  return size <= 500 ? 5 : size <= 2000 ? 3 : 1;
}

/**
 * The figures measured in Chromium for one map: opening it in the app and in bare React Flow (alternately, so
 * that drift of the machine hits both), the heap after opening, one keystroke in a wording editor, a drag and
 * a pan. The app is served the way `npm run web` serves it, from a workspace folder holding the map.
 */
export async function measureInBrowser(setup: BrowserSetup, document: GeneratedDocument, workspace: string): Promise<void> {
  const { browser, probe, options, report, progress } = setup;
  const size = document.map.statements.length;
  const only = options.only;
  const server = await startServer({ root: workspace, port: 0, rendererDir: setup.appDir });
  const title = new RegExp(`Gegenereerde kaart van ${size} uitspraken`);
  const openApp = () =>
    openMap(
      browser,
      probe,
      `${server.url}#token=${server.token}`,
      document.map,
      (p) => p.getByRole("button", { name: title }),
      options.openTimeoutMs,
    );
  const openBare = (pane: { width: number; height: number }) =>
    openMap(
      browser,
      probe,
      `${setup.bareUrl}?map=${encodeURIComponent(document.mapFile)}&w=${pane.width}&h=${pane.height}&visible=${appRendersOnlyVisible() ? 1 : 0}`,
      document.map,
      (p) => p.getByRole("button", { name: "Open" }),
      options.openTimeoutMs,
    );
  try {
    const appTimes: OpenPage["openMs"][] = [];
    const bareTimes: OpenPage["openMs"][] = [];
    const runs = only.has("open") ? opensFor(size) : 1;
    let app: OpenPage | undefined;
    let bare: OpenPage | undefined;
    let pane = { width: 800, height: 600 };
    for (let run = 1; run <= runs; run++) {
      progress(`${size}: open ${run}/${runs} in the app`);
      await app?.context.close();
      app = await openApp();
      appTimes.push(app.openMs);
      pane = (await callProbe(app.page, "paneBox")) ?? pane;
      progress(`${size}: open ${run}/${runs} in bare React Flow (${pane.width}×${pane.height})`);
      await bare?.context.close();
      bare = await openBare(pane);
      bareTimes.push(bare.openMs);
    }
    if (!app || !bare) return;
    if (only.has("open")) {
      const appMs = summary(appTimes);
      const bareMs = summary(bareTimes);
      report({ name: "open_ms", size, value: appMs, unit: "ms" });
      report({ name: "open_bare_ms", size, value: bareMs, unit: "ms" });
      report({ name: "open_ratio", size, value: ratioOf(appMs, bareMs), unit: "ratio" });
    }
    if (app.openMs === "timeout" || bare.openMs === "timeout") {
      await app.context.close();
      await bare.context.close();
      return;
    }
    await interactions(setup, size, app, bare);
  } finally {
    await server.close();
  }
}

async function interactions(setup: BrowserSetup, size: number, app: OpenPage, bare: OpenPage): Promise<void> {
  const { browser, options, report, progress } = setup;
  const only = options.only;
  for (const page of [app.page, bare.page]) {
    await callProbe(page, "settle");
    await page.waitForTimeout(500);
  }
  if (only.has("heap")) {
    report({ name: "heap_mb", size, value: await heapMb(app.page), unit: "MiB" });
    report({ name: "heap_bare_mb", size, value: await heapMb(bare.page), unit: "MiB" });
  }
  const node = await callProbe(app.page, "nodePoint");
  if (only.has("type")) {
    progress(`${size}: one keystroke in a wording editor`);
    const keystroke = node ? await attempt(() => typeOneCharacter(browser, app.page, node)) : "error";
    reportKeystroke(setup, size, keystroke);
  }
  for (const [gesture, which] of [
    ["drag", "node"],
    ["pan", "pane"],
  ] as const) {
    if (!only.has(gesture)) continue;
    for (const [page, suffix] of [
      [app.page, ""],
      [bare.page, "_bare"],
    ] as const) {
      progress(`${size}: ${gesture}${suffix ? " in bare React Flow" : " in the app"}`);
      const point = which === "pane" ? await callProbe(page, "panePoint") : await callProbe(page, "nodePoint", node?.id);
      const traced = point ? await attempt(() => traceGesture(browser, page, point, options.gestureMs)) : "error";
      const p95 = typeof traced === "string" || traced.frames.length === 0 ? "error" : percentile(traced.frames, 0.95);
      const note = typeof traced === "string" ? undefined : `${traced.frames.length} frames over ${traced.moves} moves`;
      report({ name: `${gesture}_p95${suffix}_ms`, size, value: p95, unit: "ms", ...(note ? { note } : {}) });
      if (note) progress(`${size}: ${gesture}${suffix}: ${note}`);
      report({ name: `${gesture}_release${suffix}_ms`, size, value: typeof traced === "string" ? traced : traced.releaseMs, unit: "ms" });
    }
  }
  await app.context.close();
  await bare.context.close();
}

function reportKeystroke({ report, progress }: BrowserSetup, size: number, keystroke: Keystroke | "error"): void {
  const value = (pick: (k: Keystroke) => number) => (keystroke === "error" ? keystroke : pick(keystroke));
  report({ name: "type_renders", size, value: value((k) => k.renders), unit: "renders" });
  report({ name: "type_statements", size, value: value((k) => k.statements), unit: "statements" });
  report({ name: "type_frame_ms", size, value: value((k) => k.longestFrameMs), unit: "ms" });
  if (keystroke === "error") return;
  const rendered = Object.entries(keystroke.byStatement).map(([id, n]) => `${id}×${n}`);
  progress(`${size}: typing in ${keystroke.edited} rendered ${rendered.join(", ") || "nothing"}`);
}

function summary(values: OpenPage["openMs"][]): Figure["value"] {
  const numbers = values.filter((v): v is number => typeof v === "number");
  return numbers.length === values.length && numbers.length > 0 ? median(numbers) : "timeout";
}

async function attempt<T>(run: () => Promise<T>): Promise<T | "error"> {
  try {
    return await run();
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
    return "error";
  }
}
