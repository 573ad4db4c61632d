import type { Browser, BrowserContext, Page } from "@playwright/test";
import type { ArgumentMap } from "../src/core";
import { VIEWPORT } from "./chromium";
import type { ProbeApi } from "./probeApi";

type Method = keyof ProbeApi;

/** Calls the in-page probe (bench/browser/probe.ts). */
export function callProbe<M extends Method>(
  page: Page,
  method: M,
  ...args: Parameters<ProbeApi[M]>
): Promise<Awaited<ReturnType<ProbeApi[M]>>> {
  return page.evaluate(
    ([name, values]) => {
      const probe = (globalThis as unknown as { argumapBench: Record<string, (...a: unknown[]) => unknown> }).argumapBench;
      return probe[name]?.(...values);
    },
    [method, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<ProbeApi[M]>>>;
}

/** What React Flow draws for a map: a node per statement and inference, an edge per premise and per conclusion. */
export function graphCounts(map: ArgumentMap): { nodes: number; edges: number } {
  return {
    nodes: map.statements.length + map.inferences.length,
    edges: map.inferences.reduce((n, i) => n + i.premises.length + 1, 0),
  };
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Milliseconds from the click to the first frame painted with the whole map. */
  openMs: number | "timeout";
}

/**
 * A fresh page (its own context, so no cache or heap carries over) with the probe installed, on `url`;
 * `opener` is what the user clicks to open the map there.
 */
export async function openMap(
  browser: Browser,
  probe: string,
  url: string,
  map: ArgumentMap,
  opener: (page: Page) => ReturnType<Page["getByRole"]>,
  timeoutMs: number,
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: probe });
  const page = await context.newPage();
  await page.goto(url);
  const button = opener(page);
  await button.waitFor({ timeout: 60_000 });
  const { nodes, edges } = graphCounts(map);
  await callProbe(page, "armOpen", nodes, edges);
  await button.click();
  try {
    await page.waitForFunction(() => (globalThis as unknown as { argumapBench: ProbeApi }).argumapBench.openTime() !== null, undefined, {
      timeout: timeoutMs,
      polling: 100,
    });
  } catch {
    return { page, context, openMs: "timeout" };
  }
  return { page, context, openMs: (await callProbe(page, "openTime")) ?? "timeout" };
}

/** Used JavaScript heap after a full garbage collection, in MiB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? Number.NaN;
  return used / 2 ** 20;
}
