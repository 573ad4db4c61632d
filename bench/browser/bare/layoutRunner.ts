import type { ArgumentMap, Positions } from "../../../src/core";

export type LayoutMode = "app" | "grid";

/**
 * Times one layout in a Web Worker the way the app runs it: `app` is the app's own worker
 * (src/renderer/layout/layout.worker.ts, core's layoutMap), `grid` the baseline. The clock runs from posting the
 * map to receiving the positions; past the timeout the worker is stopped and the answer is "timeout".
 */
async function runLayout(mode: LayoutMode, mapUrl: string, timeoutMs: number): Promise<{ ms: number; placed: number } | "timeout"> {
  const map = (await (await fetch(mapUrl)).json()) as ArgumentMap;
  const worker =
    mode === "app"
      ? new Worker(new URL("../../../src/renderer/layout/layout.worker.ts", import.meta.url), { type: "module" })
      : new Worker(new URL("./grid.worker.ts", import.meta.url), { type: "module" });
  try {
    // A first, one-statement layout loads the worker and its code, as an earlier layout in the session would have.
    const tiny: ArgumentMap = { ...map, statements: map.statements.slice(0, 1), inferences: [], layout: {} };
    await roundTrip(worker, tiny, timeoutMs);
    const started = performance.now();
    const positions = await roundTrip(worker, { ...map, layout: {} }, timeoutMs);
    return positions ? { ms: performance.now() - started, placed: Object.keys(positions).length } : "timeout";
  } finally {
    worker.terminate();
  }
}

function roundTrip(worker: Worker, map: ArgumentMap, timeoutMs: number): Promise<Positions | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    worker.onmessage = (event: MessageEvent<{ positions: Positions }>) => {
      clearTimeout(timer);
      resolve(event.data.positions);
    };
    worker.postMessage({ id: 1, map });
  });
}

export function installLayoutRunner(): void {
  (globalThis as { argumapLayout?: typeof runLayout }).argumapLayout = runLayout;
}
